// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonnotesview.h"

#include "retranslator.h"

#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace views {

LessonNotesView::LessonNotesView(QWidget *parent)
    : QWidget(parent)
    , m_accessTitle(new QLabel(this))
    , m_access(new QTextBrowser(this))
    , m_lesson(new QTextBrowser(this))
{
    for (QTextBrowser *b : {m_access, m_lesson}) {
        b->setOpenExternalLinks(true);
        b->setFrameShape(QFrame::NoFrame);
    }
    Retranslator::follow(this, [this] {
        m_access->setAccessibleName(tr("Notes on this access"));
        m_lesson->setAccessibleName(tr("Lesson notes"));
    });
    QFont bold = m_accessTitle->font();
    bold.setBold(true);
    m_accessTitle->setFont(bold);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_accessTitle);
    topLayout->addWidget(m_access);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_lesson);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    setAccessNotes(-1, 0, {});
}

void LessonNotesView::setLesson(const QString &title, const QString &notes)
{
    // Notes usually start with their own heading; a title is added only when they do not.
    const bool headed = notes.trimmed().startsWith(QLatin1Char('#'));
    m_lesson->setMarkdown(headed || title.isEmpty() ? notes : QStringLiteral("# ") + title + QStringLiteral("\n\n") + notes);
}

void LessonNotesView::setAccessNotes(int index, int count, const QString &notes)
{
    m_accessTitle->setText(index >= 0 ? tr("Access %L1 of %L2").arg(index + 1).arg(count) : QString());
    m_accessTitle->setVisible(index >= 0);
    m_access->setMarkdown(notes);
    m_access->setVisible(!notes.isEmpty());
}

QString LessonNotesView::lessonMarkdown() const
{
    return m_lesson->toMarkdown();
}

QString LessonNotesView::accessMarkdown() const
{
    return m_access->toMarkdown();
}

} // namespace views
