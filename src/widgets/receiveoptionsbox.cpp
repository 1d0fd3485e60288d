// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "receiveoptionsbox.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSignalBlocker>

#include "framing/framingspecparser.h"
#include "pageconfig.h"
#include "payload/textcodec.h"
#include "ui_receiveoptionsbox.h"

ReceiveOptionsBox::ReceiveOptionsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ReceiveOptionsBox>())
{
    m_ui->setupUi(this);
    fillCombos();
    m_ui->framingLineEdit->setToolTip(FramingSpecParser::syntaxHelp());
    showOptions(m_options, true);
    updateHint();

    connect(m_ui->displayComboBox, &QComboBox::currentIndexChanged, this, &ReceiveOptionsBox::onWidgetChanged);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, &ReceiveOptionsBox::onWidgetChanged);
    connect(m_ui->showComboBox, &QComboBox::currentIndexChanged, this, &ReceiveOptionsBox::onWidgetChanged);
    connect(m_ui->timestampsCheckBox, &QCheckBox::toggled, this, &ReceiveOptionsBox::onWidgetChanged);
    connect(m_ui->autoScrollCheckBox, &QCheckBox::toggled, this, &ReceiveOptionsBox::onWidgetChanged);
    connect(m_ui->framingLineEdit, &QLineEdit::textEdited, this, &ReceiveOptionsBox::onFramingEdited);
    connect(m_ui->framingLineEdit, &QLineEdit::editingFinished, this, &ReceiveOptionsBox::onFramingEditingFinished);
    connect(m_ui->pauseCheckBox, &QCheckBox::toggled, this, &ReceiveOptionsBox::pauseToggled);
    connect(m_ui->saveToFileCheckBox, &QCheckBox::toggled, this, &ReceiveOptionsBox::saveToFileRequested);
    connect(m_ui->clearPushButton, &QPushButton::clicked, this, &ReceiveOptionsBox::clearRequested);
}

ReceiveOptionsBox::~ReceiveOptionsBox()
{
    // A focused line edit reports editingFinished while QWidget destroys it, when this object is no longer one.
    disconnect(m_ui->framingLineEdit, nullptr, this, nullptr);
}

void ReceiveOptionsBox::setOptions(const ReceiveOptions &options)
{
    ReceiveOptions shown = options;
    shown.encoding = TextCodec::canonicalName(options.encoding);
    if (shown.encoding.isEmpty())
        shown.encoding = QStringLiteral("UTF-8");
    showOptions(shown, true);
    if (!checkFraming(shown.framing, true))
        shown.framing.clear();
    commit(shown);
}

bool ReceiveOptionsBox::isPaused() const
{
    return m_ui->pauseCheckBox->isChecked();
}

void ReceiveOptionsBox::setPaused(bool paused)
{
    const QSignalBlocker blocker(m_ui->pauseCheckBox);
    m_ui->pauseCheckBox->setChecked(paused);
}

bool ReceiveOptionsBox::isSavingToFile() const
{
    return m_ui->saveToFileCheckBox->isChecked();
}

void ReceiveOptionsBox::setSaveToFile(bool on, const QString &path)
{
    {
        const QSignalBlocker blocker(m_ui->saveToFileCheckBox);
        m_ui->saveToFileCheckBox->setChecked(on);
    }
    m_savePath = on ? path : QString();
    const QString native = QDir::toNativeSeparators(m_savePath);
    m_ui->savePathLabel->setText(QFileInfo(m_savePath).fileName());
    m_ui->savePathLabel->setToolTip(native);
    m_ui->savePathLabel->setVisible(!m_savePath.isEmpty());
}

void ReceiveOptionsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        showOptions(m_options, false);
        m_ui->framingLineEdit->setToolTip(FramingSpecParser::syntaxHelp());
        // The error sentence comes from the parser in the language of the moment.
        checkFraming(m_ui->framingLineEdit->text(), false);
    }
    QGroupBox::changeEvent(event);
}

void ReceiveOptionsBox::fillCombos()
{
    const QSignalBlocker displayBlocker(m_ui->displayComboBox);
    const QSignalBlocker encodingBlocker(m_ui->encodingComboBox);
    const QSignalBlocker showBlocker(m_ui->showComboBox);

    m_ui->displayComboBox->clear();
    m_ui->displayComboBox->addItem(tr("Text"), static_cast<int>(ReceiveOptions::Display::Text));
    m_ui->displayComboBox->addItem(tr("Hex"), static_cast<int>(ReceiveOptions::Display::Hex));
    m_ui->displayComboBox->addItem(tr("Text + hex"), static_cast<int>(ReceiveOptions::Display::Both));

    m_ui->encodingComboBox->clear();
    const QStringList encodings = TextCodec::supportedEncodings();
    for (const QString &name : encodings)
        m_ui->encodingComboBox->addItem(TextCodec::displayName(name), name);

    m_ui->showComboBox->clear();
    m_ui->showComboBox->addItem(tr("Reads"), false);
    m_ui->showComboBox->setItemData(0, tr("One row per read, as the bytes came from the socket"), Qt::ToolTipRole);
    m_ui->showComboBox->addItem(tr("Messages"), true);
    m_ui->showComboBox->setItemData(1, tr("One row per message cut out by the framing"), Qt::ToolTipRole);
}

void ReceiveOptionsBox::showOptions(const ReceiveOptions &options, bool framing)
{
    const QSignalBlocker displayBlocker(m_ui->displayComboBox);
    const QSignalBlocker encodingBlocker(m_ui->encodingComboBox);
    const QSignalBlocker showBlocker(m_ui->showComboBox);
    const QSignalBlocker timestampsBlocker(m_ui->timestampsCheckBox);
    const QSignalBlocker autoScrollBlocker(m_ui->autoScrollCheckBox);
    const QSignalBlocker framingBlocker(m_ui->framingLineEdit);
    PageConfig::selectData(m_ui->displayComboBox, static_cast<int>(options.display));
    PageConfig::selectData(m_ui->encodingComboBox, options.encoding);
    PageConfig::selectData(m_ui->showComboBox, options.showMessages);
    m_ui->timestampsCheckBox->setChecked(options.timestamps);
    m_ui->autoScrollCheckBox->setChecked(options.autoScroll);
    if (framing)
        m_ui->framingLineEdit->setText(options.framing);
}

void ReceiveOptionsBox::onWidgetChanged()
{
    ReceiveOptions options = m_options;
    options.display = static_cast<ReceiveOptions::Display>(m_ui->displayComboBox->currentData().toInt());
    options.encoding = m_ui->encodingComboBox->currentData().toString();
    options.showMessages = m_ui->showComboBox->currentData().toBool();
    options.timestamps = m_ui->timestampsCheckBox->isChecked();
    options.autoScroll = m_ui->autoScrollCheckBox->isChecked();
    commit(options);
}

void ReceiveOptionsBox::onFramingEdited(const QString &text)
{
    if (!checkFraming(text, false))
        return;
    ReceiveOptions options = m_options;
    options.framing = text;
    commit(options);
}

void ReceiveOptionsBox::onFramingEditingFinished()
{
    checkFraming(m_ui->framingLineEdit->text(), true);
}

bool ReceiveOptionsBox::checkFraming(const QString &text, bool showError)
{
    QString error;
    if (text.isEmpty() || FramingSpecParser::parse(text, &error)) {
        m_ui->framingErrorLabel->clear();
        m_ui->framingErrorLabel->setVisible(false);
        return true;
    }
    // While typing, a spec is invalid most of the time ("len:" on the way to "len:4"): complain only once editing
    // is finished, but keep an error already shown up to date.
    if (showError || !m_ui->framingErrorLabel->text().isEmpty()) {
        m_ui->framingErrorLabel->setText(error);
        m_ui->framingErrorLabel->setVisible(true);
    }
    return false;
}

void ReceiveOptionsBox::updateHint()
{
    const bool noFraming = m_options.framing.isEmpty() || m_options.framing == QLatin1String("none");
    m_ui->framingHintLabel->setVisible(m_options.showMessages && noFraming);
}

void ReceiveOptionsBox::commit(const ReceiveOptions &options)
{
    const bool changed = options != m_options;
    m_options = options;
    updateHint();
    if (changed)
        emit optionsChanged(m_options);
}

void ReceiveOptionsBox::setFramingVisible(bool visible)
{
    m_ui->receiveFormLayout->setRowVisible(m_ui->showComboBox, visible);
    m_ui->receiveFormLayout->setRowVisible(m_ui->framingLineEdit, visible);
    if (!visible) {
        m_ui->framingErrorLabel->hide();
        m_ui->framingHintLabel->hide();
    }
}
