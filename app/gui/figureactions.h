// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexporter.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class QAction;
class QWidget;

/**
 * File → Export… and Edit → Copy Picture: the current view, with its annotations, as PNG
 * (2× pixel ratio), SVG or PDF, or on the clipboard as an image (and as SVG for programs
 * that take vector graphics).
 */
class FigureActions : public QObject {
    Q_OBJECT
public:
    /** `source` gives the widget to draw, `info` what it shows, both at the time of the export. */
    FigureActions(std::function<QWidget *()> source, std::function<FigureInfo()> info, AppSettings &settings,
                  QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }

    /** Writes the figure; the format follows the suffix. False and errorOccurred() when it cannot. */
    bool exportTo(const QString &path);
    void copyToClipboard();
    /** Widgets figures leave out (FigureExporter::setLeftOut). */
    void setLeftOut(const QList<QWidget *> &widgets) { m_leftOut = widgets; }
    /** Replaces the file dialog (tests): (directory/name, filter) → path or empty. */
    void setFileChooser(std::function<QString(const QString &, const QString &)> chooser);

signals:
    void errorOccurred(const QString &message);
    void exported(const QString &path);

private:
    void exportInteractively();

    std::function<QWidget *()> m_source;
    std::function<FigureInfo()> m_info;
    AppSettings &m_settings;
    QPointer<QWidget> m_window;
    QList<QWidget *> m_leftOut;
    QAction *m_export;
    QAction *m_copy;
    std::function<QString(const QString &, const QString &)> m_chooser;
};
