// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "sendoptionsbox.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>

#include "pageconfig.h"
#include "payload/textcodec.h"
#include "ui_sendoptionsbox.h"

SendOptionsBox::SendOptionsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::SendOptionsBox>())
{
    m_ui->setupUi(this);
    fillComboBoxes();
    setOptions(SendOptions());
    m_options = options();

    const auto changed = [this] {
        updateEnabledState();
        emitIfChanged();
    };
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->lineEndingComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->checksumComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->repeatSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->periodSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->sendFilePushButton, &QPushButton::clicked, this, &SendOptionsBox::chooseFile);
}

SendOptionsBox::~SendOptionsBox() = default;

SendOptions SendOptionsBox::options() const
{
    SendOptions options;
    options.format = static_cast<PayloadSpec::Format>(m_ui->formatComboBox->currentData().toInt());
    options.encoding = m_ui->encodingComboBox->currentData().toString();
    options.lineEnding = static_cast<PayloadSpec::LineEnding>(m_ui->lineEndingComboBox->currentData().toInt());
    options.checksum = static_cast<Checksum::Kind>(m_ui->checksumComboBox->currentData().toInt());
    options.repeatCount = m_ui->repeatSpinBox->value();
    options.periodMs = m_ui->periodSpinBox->value();
    return options;
}

void SendOptionsBox::setOptions(const SendOptions &options)
{
    m_updating = true;
    PageConfig::selectData(m_ui->formatComboBox, static_cast<int>(options.format));
    PageConfig::selectData(m_ui->encodingComboBox, TextCodec::canonicalName(options.encoding));
    PageConfig::selectData(m_ui->lineEndingComboBox, static_cast<int>(options.lineEnding));
    PageConfig::selectData(m_ui->checksumComboBox, static_cast<int>(options.checksum));
    m_ui->repeatSpinBox->setValue(options.repeatCount);
    m_ui->periodSpinBox->setValue(options.periodMs);
    m_updating = false;
    updateEnabledState();
    emitIfChanged();
}

void SendOptionsBox::requestSendFile(const QString &path)
{
    emit sendFileRequested(path);
}

void SendOptionsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillComboBoxes();
    }
    QGroupBox::changeEvent(event);
}

void SendOptionsBox::fillComboBoxes()
{
    // Refilling must neither lose the selection nor announce a change: the options are the same.
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QVariant format = m_ui->formatComboBox->currentData();
    const QVariant encoding = m_ui->encodingComboBox->currentData();
    const QVariant lineEnding = m_ui->lineEndingComboBox->currentData();
    const QVariant checksum = m_ui->checksumComboBox->currentData();

    m_ui->formatComboBox->clear();
    m_ui->formatComboBox->addItem(tr("Text"), static_cast<int>(PayloadSpec::Format::Text));
    m_ui->formatComboBox->addItem(tr("Text with escapes (\\n \\x41)"), static_cast<int>(PayloadSpec::Format::Escaped));
    m_ui->formatComboBox->addItem(tr("Hex"), static_cast<int>(PayloadSpec::Format::Hex));

    m_ui->encodingComboBox->clear();
    const QStringList encodings = TextCodec::supportedEncodings();
    for (const QString &name : encodings)
        m_ui->encodingComboBox->addItem(TextCodec::displayName(name), name);

    m_ui->lineEndingComboBox->clear();
    m_ui->lineEndingComboBox->addItem(tr("None"), static_cast<int>(PayloadSpec::LineEnding::None));
    m_ui->lineEndingComboBox->addItem(tr("LF \\n"), static_cast<int>(PayloadSpec::LineEnding::Lf));
    m_ui->lineEndingComboBox->addItem(tr("CRLF \\r\\n"), static_cast<int>(PayloadSpec::LineEnding::CrLf));
    m_ui->lineEndingComboBox->addItem(tr("CR \\r"), static_cast<int>(PayloadSpec::LineEnding::Cr));

    m_ui->checksumComboBox->clear();
    const QList<Checksum::Kind> kinds = Checksum::all();
    for (const Checksum::Kind kind : kinds)
        m_ui->checksumComboBox->addItem(Checksum::displayName(kind), static_cast<int>(kind));

    PageConfig::selectData(m_ui->formatComboBox, format);
    PageConfig::selectData(m_ui->encodingComboBox, encoding);
    PageConfig::selectData(m_ui->lineEndingComboBox, lineEnding);
    PageConfig::selectData(m_ui->checksumComboBox, checksum);
    m_updating = wasUpdating;
}

void SendOptionsBox::updateEnabledState()
{
    const auto format = static_cast<PayloadSpec::Format>(m_ui->formatComboBox->currentData().toInt());
    // Hex bytes are sent as typed: no encoding applies to them.
    m_ui->encodingComboBox->setEnabled(format != PayloadSpec::Format::Hex);
    m_ui->encodingLabel->setEnabled(format != PayloadSpec::Format::Hex);
    const bool repeats = m_ui->repeatSpinBox->value() > 1;
    m_ui->periodSpinBox->setEnabled(repeats);
    m_ui->periodLabel->setEnabled(repeats);
}

void SendOptionsBox::emitIfChanged()
{
    if (m_updating)
        return;
    const SendOptions current = options();
    if (current == m_options)
        return;
    m_options = current;
    emit optionsChanged(current);
}

void SendOptionsBox::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"));
    if (!path.isEmpty())
        requestSendFile(path);
}
