// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace views {

/**
 * The author's notes beside the panels: what the current access shows, above the notes of
 * the whole lesson. Both are Markdown. Lessons without notes leave it empty.
 */
class LessonNotesView : public QWidget {
    Q_OBJECT
public:
    explicit LessonNotesView(QWidget *parent = nullptr);

    void setLesson(const QString &title, const QString &notes);
    /** The notes of access `index` (0-based) of `count`; an empty text hides the part. */
    void setAccessNotes(int index, int count, const QString &notes);
    QString lessonMarkdown() const;
    QString accessMarkdown() const;

private:
    QLabel *m_accessTitle;
    QTextBrowser *m_access;
    QTextBrowser *m_lesson;
};

} // namespace views
