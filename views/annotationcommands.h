// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace views {

class AnnotationLayer;

/*
 * The undoable edits of annotations, one small command each (as Tiled keeps its commands).
 * They address an annotation by its index in the layer's list; as every change goes through
 * the one undo stack, the index is the same again when a command is undone or redone.
 */

class AddAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)
public:
    AddAnnotationCommand(AnnotationLayer *layer, int index, mmu::Annotation annotation);
    void undo() override;
    void redo() override;

private:
    AnnotationLayer *m_layer;
    int m_index;
    mmu::Annotation m_annotation;
};

class RemoveAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)
public:
    RemoveAnnotationCommand(AnnotationLayer *layer, int index);
    void undo() override;
    void redo() override;

private:
    AnnotationLayer *m_layer;
    int m_index;
    mmu::Annotation m_annotation;
};

/** Moves or resizes: the offset and size relative to the anchor. */
class MoveAnnotationCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveAnnotationCommand)
public:
    MoveAnnotationCommand(AnnotationLayer *layer, int index, mmu::Annotation::Offset offset,
                          mmu::Annotation::Size size);
    void undo() override;
    void redo() override;

private:
    void apply(mmu::Annotation::Offset offset, mmu::Annotation::Size size);

    AnnotationLayer *m_layer;
    int m_index;
    mmu::Annotation::Offset m_oldOffset;
    mmu::Annotation::Size m_oldSize;
    mmu::Annotation::Offset m_newOffset;
    mmu::Annotation::Size m_newSize;
};

class EditAnnotationTextCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationTextCommand)
public:
    EditAnnotationTextCommand(AnnotationLayer *layer, int index, std::string text);
    void undo() override;
    void redo() override;

private:
    void apply(const std::string &text);

    AnnotationLayer *m_layer;
    int m_index;
    std::string m_oldText;
    std::string m_newText;
};

} // namespace views
