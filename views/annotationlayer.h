// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>
#include <vector>

class QAction;
class QActionGroup;
class QUndoStack;

namespace views {

class AnchorProvider;
class AnnotationOverlay;
class AnnotationShape;

/**
 * The annotations of a lesson and their editing: a transparent overlay over the registered
 * panels draws the ones attached to the current translation and step, anchored to the
 * elements they point at; the tools add callouts, arrows and boxes; every edit goes through
 * one QUndoStack.
 *
 * The lesson file keeps the list: setAnnotations() when a lesson is opened (clears the undo
 * history), annotations() when it is saved; annotationsChanged() tells it the user edited.
 */
class AnnotationLayer : public QObject {
    Q_OBJECT
public:
    enum class Tool { None, Callout, Arrow, Box };

    explicit AnnotationLayer(QObject *parent = nullptr);
    ~AnnotationLayer() override;

    /**
     * Lets annotations be placed on `panel`; lesson files name it `id` (mmu::lessonPanels():
     * "bits", "walk", "tlb", "cycles", "fault", "memory", "narration", "steps").
     */
    void addPanel(const QString &id, QWidget *panel, const AnchorProvider *anchors);
    /**
     * The widget the annotations are drawn over, holding every panel (the central widget): the
     * overlay is its child, so grabbing or rendering it (or a part of it) includes them.
     */
    void setHost(QWidget *host);
    QWidget *host() const { return m_host; }
    AnnotationOverlay *overlay() const { return m_overlay; }
    QStringList panelIds() const;
    QWidget *panel(const QString &id) const;
    const AnchorProvider *anchors(const QString &id) const;
    /** Where `element` of panel `id` is drawn now, in the panel's coordinates (empty element: the whole panel). */
    QRectF anchorRect(const QString &id, const QString &element) const;
    /** The part of that rectangle on screen now, in the host's coordinates; empty when hidden or scrolled away. */
    QRectF visibleAnchor(const QString &id, const QString &element) const;
    /** The panel under `point` (host coordinates) and in `element` the element there (empty: none). */
    QString panelAt(QPointF point, QString *element = nullptr) const;

    void setAnnotations(std::vector<mmu::Annotation> annotations);
    const std::vector<mmu::Annotation> &annotations() const { return m_annotations; }
    int count() const { return static_cast<int>(m_annotations.size()); }
    const mmu::Annotation &at(int index) const { return m_annotations[static_cast<size_t>(index)]; }

    /** The translation (0-based, −1 none) and step shown; annotations attached elsewhere hide. */
    void setPosition(int translation, int step);
    int translation() const { return m_translation; }
    int step() const { return m_step; }
    /** True when annotation `index` belongs to the position shown and its anchor is drawn. */
    bool isShown(int index) const;
    /** How annotation `index` is drawn now, in the host's coordinates. */
    AnnotationShape shape(int index) const;
    AnnotationShape shapeOf(const mmu::Annotation &annotation) const;

    // Edits, each one undoable command.
    /** Adds an annotation of `kind` at `element` of panel `panelId`, placed where the panel has room. */
    int add(mmu::Annotation::Kind kind, const QString &panelId, const QString &element, const QString &text = {});
    void add(const mmu::Annotation &annotation);
    void remove(int index);
    void move(int index, mmu::Annotation::Offset offset, mmu::Annotation::Size size);
    /** Empty text deletes a callout, which cannot be without one. */
    void setText(int index, const QString &text);

    /** A new annotation at `element`, attached to the current position, not added yet. */
    mmu::Annotation placed(mmu::Annotation::Kind kind, const QString &panelId, const QString &element,
                           const QString &text) const;

    QUndoStack *undoStack() const { return m_undo; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    int selected() const { return m_selected; }
    void setSelected(int index);
    /** Opens the text editor on annotation `index` where it is drawn. */
    void editText(int index);

    /** Actions for an Annotate menu and toolbar: the three tools, edit text, delete, every step. */
    QList<QAction *> actions() const;
    QList<QAction *> toolActions() const;
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *everyStepAction() const { return m_everyStepAction; }
    /** Undo and redo with the command's name in their text, bound to Ctrl+Z and Ctrl+Shift+Z. */
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Used by the undo commands and while dragging; not undoable themselves.
    void insertAt(int index, const mmu::Annotation &annotation);
    void eraseAt(int index);
    void replaceAt(int index, const mmu::Annotation &annotation);
    /** Shows `annotation` in place of `index` without telling anyone (live drag). */
    void preview(int index, const mmu::Annotation &annotation);

signals:
    /** The user changed the annotations (an edit, undo or redo); not sent by setAnnotations(). */
    void annotationsChanged();
    void toolChanged(views::AnnotationLayer::Tool tool);
    void selectionChanged(int index);

private:
    struct Panel {
        QPointer<QWidget> widget;
        const AnchorProvider *anchors = nullptr;
    };
    void refresh();
    void updateActions();

    std::vector<mmu::Annotation> m_annotations;
    std::map<QString, Panel> m_panels;
    QPointer<QWidget> m_host;
    AnnotationOverlay *m_overlay = nullptr;
    QUndoStack *m_undo;
    int m_translation = -1;
    int m_step = -1;
    int m_selected = -1;
    Tool m_tool = Tool::None;
    QActionGroup *m_tools;
    QAction *m_calloutAction;
    QAction *m_arrowAction;
    QAction *m_boxAction;
    QAction *m_editTextAction;
    QAction *m_deleteAction;
    QAction *m_everyStepAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace views
