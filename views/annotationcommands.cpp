// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "annotationlayer.h"

namespace views {

namespace {
QString kindName(mmu::Annotation::Kind kind)
{
    switch (kind) {
    case mmu::Annotation::Kind::Arrow:
        return AddAnnotationCommand::tr("arrow");
    case mmu::Annotation::Kind::Box:
        return AddAnnotationCommand::tr("box");
    case mmu::Annotation::Kind::Callout:
        break;
    }
    return AddAnnotationCommand::tr("callout");
}
} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnnotationLayer *layer, int index, mmu::Annotation annotation)
    : QUndoCommand(tr("Add %1").arg(kindName(annotation.kind)))
    , m_layer(layer)
    , m_index(index)
    , m_annotation(std::move(annotation))
{
}

void AddAnnotationCommand::undo()
{
    m_layer->eraseAt(m_index);
}

void AddAnnotationCommand::redo()
{
    m_layer->insertAt(m_index, m_annotation);
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationLayer *layer, int index)
    : m_layer(layer)
    , m_index(index)
    , m_annotation(layer->at(index))
{
    setText(tr("Delete %1").arg(kindName(m_annotation.kind)));
}

void RemoveAnnotationCommand::undo()
{
    m_layer->insertAt(m_index, m_annotation);
}

void RemoveAnnotationCommand::redo()
{
    m_layer->eraseAt(m_index);
}

MoveAnnotationCommand::MoveAnnotationCommand(AnnotationLayer *layer, int index, mmu::Annotation::Offset offset,
                                             mmu::Annotation::Size size)
    : m_layer(layer)
    , m_index(index)
    , m_oldOffset(layer->at(index).offset)
    , m_oldSize(layer->at(index).size)
    , m_newOffset(offset)
    , m_newSize(size)
{
    setText(m_oldSize == m_newSize ? tr("Move %1").arg(kindName(layer->at(index).kind))
                                   : tr("Resize %1").arg(kindName(layer->at(index).kind)));
}

void MoveAnnotationCommand::apply(mmu::Annotation::Offset offset, mmu::Annotation::Size size)
{
    mmu::Annotation a = m_layer->at(m_index);
    a.offset = offset;
    a.size = size;
    m_layer->replaceAt(m_index, a);
}

void MoveAnnotationCommand::undo()
{
    apply(m_oldOffset, m_oldSize);
}

void MoveAnnotationCommand::redo()
{
    apply(m_newOffset, m_newSize);
}

EditAnnotationTextCommand::EditAnnotationTextCommand(AnnotationLayer *layer, int index, std::string text)
    : QUndoCommand(tr("Edit annotation text"))
    , m_layer(layer)
    , m_index(index)
    , m_oldText(layer->at(index).text)
    , m_newText(std::move(text))
{
}

void EditAnnotationTextCommand::apply(const std::string &text)
{
    mmu::Annotation a = m_layer->at(m_index);
    a.text = text;
    m_layer->replaceAt(m_index, a);
}

void EditAnnotationTextCommand::undo()
{
    apply(m_oldText);
}

void EditAnnotationTextCommand::redo()
{
    apply(m_newText);
}

} // namespace views
