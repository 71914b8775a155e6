// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;

/**
 * What a figure shows, written into the file (PNG text chunks, SVG metadata, PDF metadata
 * and an attached lesson) so that a figure in course notes can be traced back to its lesson
 * and reopened in mmulab. Numbers count from 1, as the window shows them.
 */
struct FigureInfo {
    QString title;      ///< the lesson's title
    QString lessonFile; ///< where the lesson came from; empty for an unsaved one
    QByteArray lesson;  ///< the lesson file's text
    QString address;    ///< the current access's virtual address, "0x7fffa1b2c3d4"
    int access = 0;     ///< 0 when there is none
    int accesses = 0;
    int step = 0;
    int steps = 0;

    /** One line for people: "Lesson title — access 1 of 3, 0x7fffa1b2c3d4, step 4 of 14". */
    QString description() const;
};

/**
 * Renders a widget (the main view or one panel) with everything on it, annotations
 * included, to PNG at a chosen pixel ratio (2 by default, for print), to SVG and to PDF, at
 * the widget's size in logical pixels. Files are written with QSaveFile: a failed export
 * leaves an older file of that name intact.
 */
class FigureExporter {
public:
    enum class Format { Png, Svg, Pdf };

    FigureExporter(QWidget *source, FigureInfo info);

    /** The format a file name asks for, by its suffix (.png, .svg, .pdf, any case). */
    static std::optional<Format> formatFor(const QString &path);
    /** The lesson text a PNG or SVG mmulab exported carries, if it carries one. */
    static std::optional<QByteArray> embeddedLesson(const QString &path);

    /**
     * Widgets inside the source that a figure leaves out (the controls: address form, playback
     * buttons): hidden while drawing, so the panels take their room, and shown again after.
     */
    void setLeftOut(const QList<QWidget *> &widgets);

    /** Device pixels per logical pixel of PNG images and the clipboard; 2 by default. */
    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }

    /** The picture at the scale, with the metadata as text (written as PNG text chunks). */
    QImage image() const;
    QByteArray png() const;
    QByteArray svg() const;
    QByteArray pdf() const;

    /** Writes the format the suffix names; false and `error` set when it cannot. */
    bool write(const QString &path, QString *error) const;

private:
    void paint(class QPainter &painter) const;
    QSize size() const;

    QPointer<QWidget> m_source;
    QList<QPointer<QWidget>> m_leftOut;
    FigureInfo m_info;
    double m_scale = 2.0;
};
