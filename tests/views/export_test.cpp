// SPDX-License-Identifier: GPL-3.0-or-later
// Figures (issue 8): PNG at 2× pixel ratio, SVG and PDF of the annotated view in every theme,
// with the lesson, address and step in their metadata, and annotations on the elements they
// point at; the command line that makes them without a display (the real mmulab binary); and
// reopening a lesson from a figure.
#include "annotationlayer.h"
#include "annotationshape.h"
#include "commandline.h"
#include "figureactions.h"
#include "figureexporter.h"
#include "lessoncontroller.h"
#include "mainwindow.h"
#include "stepcontroller.h"
#include "theme.h"
#include "windowfixture.h"

#include "lessonfile.h"
#include "translationsession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLayout>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace {

using namespace viewtest;

QString screenshotDir()
{
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    return QStringLiteral(MMULAB_SCREENSHOT_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** More than a handful of colours: something was drawn, not just a background. */
int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

struct SvgFacts {
    bool wellFormed = false;
    QString root;
    QString title;
    QString lesson;
    QString step;
};

SvgFacts readSvg(const QByteArray &svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (facts.root.isEmpty())
            facts.root = xml.name().toString();
        if (xml.name() == QLatin1String("title") && facts.title.isEmpty())
            facts.title = xml.readElementText();
        else if (xml.name() == QLatin1String("figure")) {
            facts.step = xml.attributes().value(QLatin1String("step")).toString();
            facts.lesson = xml.readElementText();
        }
    }
    facts.wellFormed = !xml.hasError();
    return facts;
}

/** Lesson 1 at the PML4 read (step 4 of 14), the first annotations on screen. */
struct Fixture : WindowFixture {
    explicit Fixture(views::Theme theme = views::Theme::Light)
    {
        window->show();
        window->setTheme(theme);
        EXPECT_TRUE(window->lessonController()->open(LessonController::bundledLesson(1)));
        window->stepController()->goTo(0, 3);
        settle();
    }
    FigureExporter exporter()
    {
        FigureExporter e(w().centralWidget(), w().lessonController()->figureInfo(w().stepController()->step()));
        e.setLeftOut(w().figureLeftOut());
        return e;
    }
};

class FigureInTheme : public testing::TestWithParam<views::Theme> {};

TEST_P(FigureInTheme, PngSvgAndPdfParseAndCarryTheLesson)
{
    Fixture f(GetParam());
    const QString theme = views::themeName(GetParam());
    FigureExporter exporter = f.exporter();

    const QString png = f.dir.filePath(QStringLiteral("figure.png"));
    QString error;
    ASSERT_TRUE(exporter.write(png, &error)) << error.toStdString();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), f.w().centralWidget()->size() * 2);
    EXPECT_GT(distinctColours(image), 20);
    // The PNG's text chunks, as read back from the file.
    EXPECT_EQ(image.text(QStringLiteral("mmulab-address")).toStdString(), "0x7fffa1b2c3d4");
    EXPECT_EQ(image.text(QStringLiteral("mmulab-access")).toStdString(), "1");
    EXPECT_EQ(image.text(QStringLiteral("mmulab-step")).toStdString(), "4");
    EXPECT_EQ(image.text(QStringLiteral("Title")).toStdString(), "A four-level page walk");
    EXPECT_TRUE(image.text(QStringLiteral("Software")).startsWith(QStringLiteral("mmulab ")));
    auto lesson = mmu::parseLesson(image.text(QStringLiteral("mmulab-lesson")).toStdString(), "png");
    ASSERT_TRUE(lesson) << lesson.error().message();
    EXPECT_EQ(lesson->accesses.size(), 3u);
    QFile::copy(png, screenshotDir() + QStringLiteral("/export-lesson1-step4-%1.png").arg(theme));

    const QString svgPath = f.dir.filePath(QStringLiteral("figure.svg"));
    ASSERT_TRUE(exporter.write(svgPath, &error)) << error.toStdString();
    const SvgFacts svg = readSvg(readFile(svgPath));
    EXPECT_TRUE(svg.wellFormed);
    EXPECT_EQ(svg.root, QStringLiteral("svg"));
    EXPECT_EQ(svg.title.toStdString(), "A four-level page walk");
    EXPECT_EQ(svg.step.toStdString(), "4");
    EXPECT_TRUE(mmu::parseLesson(svg.lesson.toStdString(), "svg").ok());
    QFile::copy(svgPath, screenshotDir() + QStringLiteral("/export-lesson1-step4-%1.svg").arg(theme));

    const QString pdfPath = f.dir.filePath(QStringLiteral("figure.pdf"));
    ASSERT_TRUE(exporter.write(pdfPath, &error)) << error.toStdString();
    const QByteArray pdf = readFile(pdfPath);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_TRUE(pdf.contains("mmulab:address")); // the XMP metadata
    EXPECT_TRUE(pdf.contains("/EmbeddedFiles"));  // the lesson, attached
    EXPECT_GT(pdf.size(), 10000);
    QFile::copy(pdfPath, screenshotDir() + QStringLiteral("/export-lesson1-step4-%1.pdf").arg(theme));
}

INSTANTIATE_TEST_SUITE_P(Export, FigureInTheme, testing::ValuesIn(views::allThemes()),
                         [](const testing::TestParamInfo<views::Theme> &param) {
                             std::string n = views::themeName(param.param).toStdString();
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });

TEST(Export, ThemesReallyDiffer)
{
    Fixture light(views::Theme::Light);
    Fixture dark(views::Theme::Dark);
    const QImage a = light.exporter().image();
    const QImage b = dark.exporter().image();
    EXPECT_GT(qGray(a.pixel(5, 5)), 200);
    EXPECT_LT(qGray(b.pixel(5, 5)), 60);
}

TEST(Export, FiguresLeaveTheControlsOutAndPutThemBack)
{
    Fixture f;
    const QRect walk = f.w().annotationLayer()->panel(QStringLiteral("walk"))->geometry();
    const QImage image = f.exporter().image();
    EXPECT_FALSE(image.isNull());
    settle();
    const QList<QWidget *> controls = f.w().figureLeftOut().mid(1); // the message bar is hidden anyway
    for (QWidget *w : controls)
        EXPECT_TRUE(w->isVisible()) << w->metaObject()->className();
    EXPECT_EQ(f.w().annotationLayer()->panel(QStringLiteral("walk"))->geometry(), walk);
}

/** The smallest rectangle holding every pixel where two pictures of one size differ. */
QRect differingPixels(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    QRect r;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            if (p[col] != q[col])
                r |= QRect(col, row, 1, 1);
    }
    return r;
}

/**
 * Where `element` of panel `id` is in a figure, in the central widget's logical pixels: the
 * panels laid out as a figure lays them out, without the controls it leaves out.
 */
QRectF anchorInFigure(MainWindow &w, const QString &id, const QString &element)
{
    QList<QWidget *> hidden;
    for (QWidget *c : w.figureLeftOut())
        if (c->isVisible()) {
            c->hide();
            hidden << c;
        }
    w.centralWidget()->layout()->activate();
    const QRectF anchor = w.annotationLayer()->visibleAnchor(id, element);
    for (QWidget *c : hidden)
        c->show();
    w.centralWidget()->layout()->activate();
    settle();
    return anchor;
}

// Issue 8: a figure leaves the address form and the playback bar out, so the panels move up.
// Its annotations must move with them (the overlays are relaid out before the figure is
// painted); they used to stay where the window had them, a card too low.
TEST(Export, AnnotationsSitOnTheirElementsInTheFigure)
{
    Fixture f;
    views::AnnotationLayer &layer = *f.w().annotationLayer();
    const std::pair<const char *, const char *> anchors[] = {{"walk", "PML4.entry"}, {"bits", "PML4"}};
    for (const auto &[panel, element] : anchors) {
        const QString id = QString::fromUtf8(panel);
        mmu::Annotation box;
        box.kind = mmu::Annotation::Kind::Box;
        box.panel = panel;
        box.element = element;
        box.size = {0.25, 0.25};
        box.translation = f.w().stepController()->translation();
        const QRectF anchor = anchorInFigure(f.w(), id, QString::fromUtf8(element));
        ASSERT_FALSE(anchor.isEmpty()) << panel << " " << element;
        const QRectF onScreen = layer.visibleAnchor(id, QString::fromUtf8(element));
        // Else the test could not tell a figure's layout from the window's.
        EXPECT_GT(onScreen.top() - anchor.top(), 20) << panel << " " << element;
        // The box frames the element a quarter line out; its pen reaches a little beyond that.
        const double em = views::AnnotationShape::lineHeight(layer.panel(id)->font());
        const QRectF frame = anchor.adjusted(-0.25 * em, -0.25 * em, 0.25 * em, 0.25 * em);
        const double pen = std::max(5.0, 0.24 * em) / 2 + 2;

        for (const double scale : {1.0, 2.0}) {
            SCOPED_TRACE(testing::Message() << panel << " " << element << " at scale " << scale);
            FigureExporter exporter = f.exporter();
            exporter.setScale(scale);
            layer.setAnnotations({});
            settle();
            const QImage without = exporter.image();
            layer.setAnnotations({box});
            settle();
            ASSERT_TRUE(layer.isShown(0));
            const QImage with = exporter.image();
            ASSERT_EQ(with.size(), without.size());
            const QRect changed = differingPixels(without, with);
            ASSERT_FALSE(changed.isEmpty()) << "the box is not in the figure";
            const QRectF drawn(QPointF(changed.topLeft()) / scale, QSizeF(changed.size()) / scale);
            EXPECT_NEAR(drawn.top(), frame.top(), pen);
            EXPECT_NEAR(drawn.bottom(), frame.bottom(), pen);
            EXPECT_NEAR(drawn.left(), frame.left(), pen);
            EXPECT_NEAR(drawn.right(), frame.right(), pen);
        }
    }
}

TEST(Export, CopyPicturePutsAnImageAndSvgOnTheClipboard)
{
    Fixture f;
    f.w().figureActions()->copyToClipboard();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), f.w().centralWidget()->size() * 2);
    EXPECT_TRUE(readSvg(mime->data(QStringLiteral("image/svg+xml"))).wellFormed);
}

TEST(Export, AFigureReopensItsLesson)
{
    Fixture f;
    for (const char *suffix : {"png", "svg"}) {
        const QString path = f.dir.filePath(QStringLiteral("figure.") + QLatin1String(suffix));
        ASSERT_TRUE(f.w().figureActions()->exportTo(path));
        Fixture g;
        ASSERT_TRUE(g.w().lessonController()->open(path)) << g.w().lessonController()->lastError().toStdString();
        EXPECT_TRUE(g.w().lessonController()->currentLesson() == f.w().lessonController()->currentLesson());
        EXPECT_TRUE(g.w().lessonController()->filePath().isEmpty()); // saving must not overwrite the picture
    }
    QFile plain(f.dir.filePath(QStringLiteral("plain.png")));
    ASSERT_TRUE(QImage(10, 10, QImage::Format_RGB32).save(&plain, "PNG"));
    EXPECT_FALSE(f.w().lessonController()->open(plain.fileName()));
    EXPECT_EQ(f.w().lessonController()->lastError(), plain.fileName() + QStringLiteral(": this picture holds no mmulab lesson"));
}

TEST(Export, AnExportThatCannotBeWrittenSaysSoAndKeepsTheOldFile)
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("old.png"));
    ASSERT_TRUE(f.w().figureActions()->exportTo(path));
    const QByteArray old = readFile(path);
    f.w().stepController()->goTo(0, 9);
    EXPECT_FALSE(f.w().figureActions()->exportTo(f.dir.filePath(QStringLiteral("absent/x.png"))));
    EXPECT_FALSE(f.w().figureActions()->exportTo(f.dir.filePath(QStringLiteral("x.jpg"))));
    EXPECT_EQ(readFile(path), old);
}

// --- the command line ---------------------------------------------------------------------------

struct ArgsCase {
    QStringList args;
    int exitCode;
    QString error;
};

void PrintTo(const ArgsCase &c, std::ostream *os)
{
    *os << c.args.join(QLatin1Char(' ')).toStdString();
}

class CommandLineArgs : public testing::TestWithParam<ArgsCase> {};

TEST_P(CommandLineArgs, GiveTheirErrorAndExitCode)
{
    const CommandLine c = parseCommandLine(GetParam().args);
    EXPECT_EQ(c.exitCode, GetParam().exitCode);
    EXPECT_EQ(c.error.toStdString(), GetParam().error.toStdString());
}

INSTANTIATE_TEST_SUITE_P(
    Export, CommandLineArgs,
    testing::Values(
        ArgsCase{{}, 0, {}},
        ArgsCase{{QStringLiteral("lesson.mmulab")}, 0, {}},
        ArgsCase{{QStringLiteral("--lesson=1"), QStringLiteral("--export"), QStringLiteral("a.PDF")}, 0, {}},
        ArgsCase{{QStringLiteral("--bogus")}, 2, QStringLiteral("unknown option '--bogus'")},
        ArgsCase{{QStringLiteral("--lesson")}, 2, QStringLiteral("--lesson needs a value")},
        ArgsCase{{QStringLiteral("--step"), QStringLiteral("0")}, 2, QStringLiteral("--step takes a number from 1, not '0'")},
        ArgsCase{{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--export"), QStringLiteral("a.jpg")}, 2,
                 QStringLiteral("--export: 'a.jpg' must end in .png, .svg or .pdf")},
        ArgsCase{{QStringLiteral("--export"), QStringLiteral("a.png")}, 2,
                 QStringLiteral("--export needs --lesson or --address: there is nothing to draw")},
        ArgsCase{{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--scale"), QStringLiteral("3")}, 2,
                 QStringLiteral("--scale only goes with --export")},
        ArgsCase{{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--export"), QStringLiteral("a.png"),
                  QStringLiteral("--scale"), QStringLiteral("20")},
                 2, QStringLiteral("--scale takes a number from 0.5 to 8, not '20'")},
        ArgsCase{{QStringLiteral("--theme"), QStringLiteral("neon")}, 2,
                 QStringLiteral("--theme takes light, dark, high-contrast or presentation, not 'neon'")},
        ArgsCase{{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--export"), QStringLiteral("a.png"),
                  QStringLiteral("--size"), QStringLiteral("12x9")},
                 2, QStringLiteral("--size takes WIDTHxHEIGHT from 200x150 to 8000x8000, not '12x9'")},
        ArgsCase{{QStringLiteral("--access"), QStringLiteral("2"), QStringLiteral("--address"), QStringLiteral("0x1000")}, 2,
                 QStringLiteral("give --access or --address, not both")},
        ArgsCase{{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--lesson"), QStringLiteral("2")}, 2,
                 QStringLiteral("--lesson is given twice")},
        ArgsCase{{QStringLiteral("a.mmulab"), QStringLiteral("b.mmulab")}, 2, QStringLiteral("unexpected argument 'b.mmulab'")}));

TEST(Export, CommandLineReadsEveryOption)
{
    const CommandLine c = parseCommandLine({QStringLiteral("--lesson"), QStringLiteral("3"), QStringLiteral("--access"),
                                            QStringLiteral("2"), QStringLiteral("--step=5"), QStringLiteral("--export"),
                                            QStringLiteral("out.svg"), QStringLiteral("--scale"), QStringLiteral("1.5"),
                                            QStringLiteral("--theme"), QStringLiteral("presentation"),
                                            QStringLiteral("--size"), QStringLiteral("1280x720"),
                                            QStringLiteral("--panel"), QStringLiteral("walk")});
    EXPECT_TRUE(c.error.isEmpty()) << c.error.toStdString();
    EXPECT_EQ(c.action, CommandLine::Action::Export);
    EXPECT_EQ(c.lesson, QStringLiteral("3"));
    EXPECT_EQ(c.access, 2);
    EXPECT_EQ(c.step, 5);
    EXPECT_EQ(c.exportPath, QStringLiteral("out.svg"));
    EXPECT_DOUBLE_EQ(c.scale, 1.5);
    EXPECT_EQ(views::themeFromName(c.theme), views::Theme::HighContrast);
    EXPECT_EQ(c.size, QSize(1280, 720));
    EXPECT_EQ(c.panel, QStringLiteral("walk"));
    EXPECT_EQ(parseCommandLine({QStringLiteral("-h"), QStringLiteral("--bogus")}).action, CommandLine::Action::Help);
}

/** Runs the real mmulab binary; no display is needed for an export. */
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult mmulab(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MMULAB_GUI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

TEST(Export, TheBinaryExportsWithoutADisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("walk.png"));
    ProcessResult r = mmulab({QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--step"), QStringLiteral("4"),
                    QStringLiteral("--export"), png});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString(); // quiet enough for a Makefile
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), CommandLine::DefaultExportSize * 2);
    EXPECT_GT(distinctColours(image), 20);
    EXPECT_EQ(image.text(QStringLiteral("mmulab-step")).toStdString(), "4");
    QFile::copy(png, screenshotDir() + QStringLiteral("/cli-lesson1-step4.png"));

    const QString svg = dir.filePath(QStringLiteral("tlb.svg"));
    r = mmulab({QStringLiteral("--lesson"), QStringLiteral(":/lessons/03-tlb-and-walk-caches.mmulab"),
                QStringLiteral("--address"), QStringLiteral("0x7fff_a1b4_0000"), QStringLiteral("--theme"),
                QStringLiteral("dark"), QStringLiteral("--panel"), QStringLiteral("tlb"), QStringLiteral("--export"), svg});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const SvgFacts facts = readSvg(readFile(svg));
    EXPECT_TRUE(facts.wellFormed);
    EXPECT_EQ(facts.root.toStdString(), "svg");
    EXPECT_EQ(facts.step.toStdString(), "12"); // the last step of access 8

    const QString pdf = dir.filePath(QStringLiteral("faults.pdf"));
    r = mmulab({QStringLiteral("--lesson"), QStringLiteral("4"), QStringLiteral("--access"), QStringLiteral("4"),
                QStringLiteral("--theme"), QStringLiteral("presentation"), QStringLiteral("--scale"), QStringLiteral("1"),
                QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--export"), pdf});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray bytes = readFile(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    QFile::copy(pdf, screenshotDir() + QStringLiteral("/cli-lesson4-access4-presentation.pdf"));
}

TEST(Export, TheBinarySaysWhatIsWrong)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    struct Case {
        QStringList args;
        int exitCode;
        QByteArray err;
    };
    const QByteArray missing = dir.filePath(QStringLiteral("nope.mmulab")).toUtf8();
    const Case cases[] = {
        {{QStringLiteral("--lesson"), QString::fromUtf8(missing), QStringLiteral("--export"), out}, 1,
         "mmulab: " + missing + ": no such file\n"},
        {{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--step"), QStringLiteral("99"),
          QStringLiteral("--export"), out},
         1, "mmulab: --step 99: access 1 has 14 steps\n"},
        {{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--access"), QStringLiteral("4"),
          QStringLiteral("--export"), out},
         1, "mmulab: --access 4: the lesson has 3 accesses\n"},
        {{QStringLiteral("--lesson"), QStringLiteral("13"), QStringLiteral("--export"), out}, 1,
         "mmulab: --lesson 13: there are 12 bundled lessons\n"},
        {{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--address"), QStringLiteral("0xzz"),
          QStringLiteral("--export"), out},
         1, "mmulab: --address '0xzz': 'z' at column 3 is not a hex digit\n"},
        {{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--export"), dir.filePath(QStringLiteral("no/x.png"))},
         1, "mmulab: " + dir.filePath(QStringLiteral("no/x.png")).toUtf8() + ": cannot write: "},
        {{QStringLiteral("--lesson"), QStringLiteral("1"), QStringLiteral("--export"), QStringLiteral("x.gif")}, 2,
         "mmulab: --export: 'x.gif' must end in .png, .svg or .pdf (see mmulab --help)\n"},
    };
    for (const Case &c : cases) {
        const ProcessResult r = mmulab(c.args);
        EXPECT_EQ(r.exitCode, c.exitCode) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(c.err)) << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString(); // one line
        EXPECT_FALSE(QFile::exists(out));
    }
    const ProcessResult help = mmulab({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--export OUT.png|OUT.svg|OUT.pdf"));
}

} // namespace
