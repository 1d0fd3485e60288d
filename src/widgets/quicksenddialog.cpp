// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "quicksenddialog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>

#include "ui_quicksenddialog.h"

QuickSendDialog::QuickSendDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuickSendDialog>())
{
    m_ui->setupUi(this);
    m_ui->contentPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fillFormatComboBox();
    updateOkButton();

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &QuickSendDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QuickSendDialog::~QuickSendDialog() = default;

QuickSendEntry QuickSendDialog::entry() const
{
    QuickSendEntry entry;
    entry.name = m_ui->nameLineEdit->text().trimmed();
    entry.comment = m_ui->commentLineEdit->text();
    entry.format = static_cast<PayloadSpec::Format>(m_ui->formatComboBox->currentData().toInt());
    entry.content = m_ui->contentPlainTextEdit->toPlainText();
    return entry;
}

void QuickSendDialog::setEntry(const QuickSendEntry &entry)
{
    m_ui->nameLineEdit->setText(entry.name);
    m_ui->commentLineEdit->setText(entry.comment);
    const int index = m_ui->formatComboBox->findData(static_cast<int>(entry.format));
    if (index >= 0)
        m_ui->formatComboBox->setCurrentIndex(index);
    m_ui->contentPlainTextEdit->setPlainText(entry.content);
}

void QuickSendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFormatComboBox();
    }
    QDialog::changeEvent(event);
}

void QuickSendDialog::fillFormatComboBox()
{
    QComboBox *comboBox = m_ui->formatComboBox;
    const QVariant current = comboBox->currentData();
    comboBox->clear();
    comboBox->addItem(tr("Text"), static_cast<int>(PayloadSpec::Format::Text));
    comboBox->addItem(tr("Text with escapes (\\n \\x41)"), static_cast<int>(PayloadSpec::Format::Escaped));
    comboBox->addItem(tr("Hex"), static_cast<int>(PayloadSpec::Format::Hex));
    const int index = comboBox->findData(current);
    if (index >= 0)
        comboBox->setCurrentIndex(index);
}

void QuickSendDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->nameLineEdit->text().trimmed().isEmpty());
}
