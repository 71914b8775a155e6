// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "figureexporter.h"
#include "theme.h"

#include "lesson.h"

#include <QRegularExpression>


namespace {

/** The options that take a value. */
const QStringList &valueOptions()
{
    static const QStringList options{QStringLiteral("--lesson"), QStringLiteral("--access"), QStringLiteral("--step"),
                                     QStringLiteral("--address"), QStringLiteral("--export"), QStringLiteral("--scale"),
                                     QStringLiteral("--theme"), QStringLiteral("--size"), QStringLiteral("--panel")};
    return options;
}

QString panelNames()
{
    QStringList names{QStringLiteral("main")};
    for (std::string_view p : mmu::lessonPanels())
        names << QString::fromUtf8(p.data(), static_cast<qsizetype>(p.size()));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString commandLineUsage()
{
    return QStringLiteral(
        "usage: mmulab [--lesson FILE|N] [--access K] [--step N] [--address A] [--theme NAME]\n"
        "       mmulab --lesson FILE|N [--access K | --address A] [--step N] --export OUT.png|OUT.svg|OUT.pdf\n"
        "              [--scale 2] [--theme light|dark|presentation] [--size 1920x1080] [--panel NAME]\n"
        "       mmulab --help | --version\n"
        "\n"
        "Opens the mmulab window: type a virtual address and watch it being translated.\n"
        "  --lesson FILE|N  open a lesson file (.mmulab), or bundled lesson N (1 to 12)\n"
        "  --access K       show the lesson's K-th access (default 1)\n"
        "  --address A      show the lesson's access at address A, or translate A\n"
        "  --step N         show step N of the access (default: 1 in the window, the last in an export)\n"
        "  --theme NAME     light, dark, high-contrast or presentation (the high-contrast projector theme)\n"
        "\n"
        "With --export no window opens: the view is drawn without a display and written to OUT,\n"
        "with the lesson, address and step in the file's metadata.\n"
        "  --scale S        pixels per point of a PNG (default 2, for print)\n"
        "  --size WxH       the size of the main view in logical pixels (default 1920x1080)\n"
        "  --panel NAME     only one panel: ")
        + panelNames() + QStringLiteral("\n\nExit status: 0 done, 1 bad input (the message names it), 2 usage.\n");
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine c;
    auto usage = [&c](const QString &message) {
        c.error = message;
        c.exitCode = 2;
        return c;
    };
    auto positive = [](const QString &text, int &out) {
        bool ok = false;
        out = text.toInt(&ok);
        return ok && out >= 1;
    };
    QStringList positional;
    QStringList seen;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString option = arguments[i];
        QString value;
        bool hasValue = false;
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
            hasValue = true;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            c.action = CommandLine::Action::Help;
            return c;
        }
        if (option == QLatin1String("--version")) {
            c.action = CommandLine::Action::Version;
            return c;
        }
        if (option == QLatin1String("--")) {
            positional += arguments.mid(i + 1);
            break;
        }
        if (!option.startsWith(QLatin1Char('-'))) {
            positional << option;
            continue;
        }
        if (!valueOptions().contains(option))
            return usage(QStringLiteral("unknown option '%1'").arg(option));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return usage(QStringLiteral("%1 needs a value").arg(option));
            value = arguments[++i];
        }
        if (seen.contains(option))
            return usage(QStringLiteral("%1 is given twice").arg(option));
        seen << option;
        if (option == QLatin1String("--lesson")) {
            c.lesson = value;
        } else if (option == QLatin1String("--access")) {
            if (!positive(value, c.access))
                return usage(QStringLiteral("--access takes a number from 1, not '%1'").arg(value));
        } else if (option == QLatin1String("--step")) {
            if (!positive(value, c.step))
                return usage(QStringLiteral("--step takes a number from 1, not '%1'").arg(value));
        } else if (option == QLatin1String("--address")) {
            c.address = value;
        } else if (option == QLatin1String("--export")) {
            if (!FigureExporter::formatFor(value))
                return usage(QStringLiteral("--export: '%1' must end in .png, .svg or .pdf").arg(value));
            c.exportPath = value;
            c.action = CommandLine::Action::Export;
        } else if (option == QLatin1String("--scale")) {
            bool ok = false;
            c.scale = value.toDouble(&ok);
            if (!ok || c.scale < 0.5 || c.scale > 8)
                return usage(QStringLiteral("--scale takes a number from 0.5 to 8, not '%1'").arg(value));
        } else if (option == QLatin1String("--theme")) {
            if (!views::themeFromName(value))
                return usage(QStringLiteral("--theme takes light, dark, high-contrast or presentation, not '%1'").arg(value));
            c.theme = value;
        } else if (option == QLatin1String("--size")) {
            static const QRegularExpression wxh(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
            const auto m = wxh.match(value);
            const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
            const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
            if (w < 200 || h < 150 || w > 8000 || h > 8000)
                return usage(QStringLiteral("--size takes WIDTHxHEIGHT from 200x150 to 8000x8000, not '%1'").arg(value));
            c.size = QSize(w, h);
        } else if (option == QLatin1String("--panel")) {
            if (value != QLatin1String("main") && !panelNames().split(QStringLiteral(", ")).contains(value))
                return usage(QStringLiteral("--panel takes one of %1, not '%2'").arg(panelNames(), value));
            c.panel = value == QLatin1String("main") ? QString() : value;
        }
    }
    // A file given alone, as a file manager or the desktop file does: open it.
    if (!positional.isEmpty()) {
        if (positional.size() > 1 || !c.lesson.isEmpty())
            return usage(QStringLiteral("unexpected argument '%1'").arg(positional.back()));
        c.lesson = positional.front();
    }
    if (c.access > 0 && !c.address.isEmpty())
        return usage(QStringLiteral("give --access or --address, not both"));
    if (c.action != CommandLine::Action::Export) {
        for (const QString &option : {QStringLiteral("--scale"), QStringLiteral("--size"), QStringLiteral("--panel")})
            if (seen.contains(option))
                return usage(QStringLiteral("%1 only goes with --export").arg(option));
    } else if (c.lesson.isEmpty() && c.address.isEmpty()) {
        return usage(QStringLiteral("--export needs --lesson or --address: there is nothing to draw"));
    }
    return c;
}
