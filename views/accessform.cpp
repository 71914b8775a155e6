// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessform.h"

#include "addressentry.h"
#include "pagingformat.h"
#include "retranslator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace views {

AccessForm::AccessForm(const mmu::PagingFormat &format, QWidget *parent)
    : QWidget(parent)
    , m_machineBox(new QComboBox(this))
    , m_formatBox(new QComboBox(this))
    , m_accessBox(new QComboBox(this))
    , m_modeBox(new QComboBox(this))
    , m_entry(new AddressEntry(format, this))
    , m_translate(new QPushButton(this))
{
    for (const mmu::PagingFormat *f : mmu::allFormats())
        m_formatBox->addItem(QString::fromStdString(f->displayName), QString::fromStdString(f->id));
    m_accessBox->addItem(QString(), static_cast<int>(mmu::AccessType::Read));
    m_accessBox->addItem(QString(), static_cast<int>(mmu::AccessType::Write));
    m_accessBox->addItem(QString(), static_cast<int>(mmu::AccessType::Execute));
    m_modeBox->addItem(QString(), static_cast<int>(mmu::Privilege::User));
    m_modeBox->addItem(QString(), static_cast<int>(mmu::Privilege::Supervisor));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    QWidget *const columns[] = {m_machineBox, m_formatBox, m_accessBox, m_modeBox, m_entry};
    QList<QLabel *> labels;
    int column = 0;
    for (QWidget *widget : columns) {
        auto *l = new QLabel(this);
        l->setBuddy(widget == m_entry ? static_cast<QWidget *>(m_entry->lineEdit()) : widget);
        m_secondary << l; // the address line keeps its placeholder and the panel title below
        if (widget != m_entry)
            m_secondary << widget;
        grid->addWidget(l, 0, column);
        grid->addWidget(widget, 1, column, widget == m_entry ? 2 : 1, 1, Qt::AlignTop);
        labels << l;
        ++column;
    }
    Retranslator::follow(this, [this, labels] {
        m_translate->setText(tr("&Translate"));
        m_accessBox->setItemText(0, tr("Read"));
        m_accessBox->setItemText(1, tr("Write"));
        m_accessBox->setItemText(2, tr("Execute"));
        m_modeBox->setItemText(0, tr("User mode"));
        m_modeBox->setItemText(1, tr("Supervisor mode"));
        m_machineBox->setAccessibleName(tr("Machine"));
        m_formatBox->setAccessibleName(tr("Paging format"));
        m_accessBox->setAccessibleName(tr("Access"));
        m_modeBox->setAccessibleName(tr("Mode"));
        const QString titles[] = {tr("&Machine"), tr("&Paging"), tr("&Access"), tr("M&ode"), tr("&Virtual address")};
        for (int i = 0; i < labels.size(); ++i)
            labels[i]->setText(titles[i]);
    });
    grid->addWidget(m_translate, 1, column, Qt::AlignTop);
    m_secondary << m_translate;
    grid->setColumnStretch(4, 1);

    connect(m_machineBox, &QComboBox::currentIndexChanged, this,
            [this] { emit machineChanged(m_machineBox->currentData().toString()); });
    connect(m_formatBox, &QComboBox::currentIndexChanged, this,
            [this] { emit formatChanged(m_formatBox->currentData().toString()); });
    connect(m_entry, &AddressEntry::addressSubmitted, this, &AccessForm::translateRequested);
    connect(m_translate, &QPushButton::clicked, this, [this] {
        if (auto va = m_entry->address())
            emit translateRequested(*va);
    });
}

void AccessForm::setMachines(const QList<QPair<QString, QString>> &machines)
{
    const QSignalBlocker block(m_machineBox);
    m_machineBox->clear();
    for (const auto &[id, name] : machines)
        m_machineBox->addItem(name, id);
}

void AccessForm::setMachine(const QString &id)
{
    const int index = m_machineBox->findData(id);
    if (index >= 0)
        m_machineBox->setCurrentIndex(index);
}

QString AccessForm::machine() const
{
    return m_machineBox->currentData().toString();
}

QString AccessForm::formatId() const
{
    return m_formatBox->currentData().toString();
}

void AccessForm::setFormatId(const QString &id)
{
    const int index = m_formatBox->findData(id);
    if (index >= 0)
        m_formatBox->setCurrentIndex(index);
}

mmu::AccessType AccessForm::accessType() const
{
    return static_cast<mmu::AccessType>(m_accessBox->currentData().toInt());
}

mmu::Privilege AccessForm::privilege() const
{
    return static_cast<mmu::Privilege>(m_modeBox->currentData().toInt());
}

} // namespace views
