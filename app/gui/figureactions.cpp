// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureactions.h"

#include "appsettings.h"
#include "retranslator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>

FigureActions::FigureActions(std::function<QWidget *()> source, std::function<FigureInfo()> info,
                             AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_source(std::move(source))
    , m_info(std::move(info))
    , m_settings(settings)
    , m_window(window)
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Ctrl+C stays the text copy of the address field.
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    views::Retranslator::follow(this, [this] {
        m_export->setText(tr("&Export Figure…"));
        m_export->setStatusTip(tr("Save the view with its annotations as PNG, SVG or PDF"));
        m_copy->setText(tr("Copy &Picture"));
        m_copy->setStatusTip(tr("Copy the view with its annotations to the clipboard"));
    });
    connect(m_export, &QAction::triggered, this, &FigureActions::exportInteractively);
    connect(m_copy, &QAction::triggered, this, &FigureActions::copyToClipboard);
}

bool FigureActions::exportTo(const QString &path)
{
    FigureExporter exporter(m_source(), m_info());
    exporter.setLeftOut(m_leftOut);
    QString error;
    if (!exporter.write(path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    emit exported(path);
    return true;
}

void FigureActions::copyToClipboard()
{
    FigureExporter exporter(m_source(), m_info());
    exporter.setLeftOut(m_leftOut);
    auto *mime = new QMimeData;
    mime->setImageData(exporter.image());
    mime->setData(QStringLiteral("image/svg+xml"), exporter.svg());
    QApplication::clipboard()->setMimeData(mime);
}

void FigureActions::setFileChooser(std::function<QString(const QString &, const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

void FigureActions::exportInteractively()
{
    const FigureInfo info = m_info();
    QString name = info.title.isEmpty() ? QStringLiteral("mmulab") : info.title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    if (info.access > 0)
        name += QStringLiteral("-%1-%2").arg(info.access).arg(info.step);
    QString dir = m_settings.lessonDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString start = QDir(dir).filePath(name.toLower() + QStringLiteral(".png"));
    const QString png = tr("PNG image, 2× (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString filters = png + QStringLiteral(";;") + svg + QStringLiteral(";;") + pdf;
    QString chosen;
    QString path = m_chooser ? m_chooser(start, filters)
                             : QFileDialog::getSaveFileName(m_window, tr("Export Figure"), start, filters, &chosen);
    if (path.isEmpty())
        return;
    if (!FigureExporter::formatFor(path))
        path += chosen == svg ? QStringLiteral(".svg") : chosen == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    exportTo(path);
}
