// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "sendbox.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextLayout>
#include <QtMath>

#include "payload/payloadbuilder.h"
#include "ui_sendbox.h"

namespace {

/** How many lines the editor shows: enough for a short message without taking room from the data view. */
constexpr int EditorLines = 3;

/** The line of the layout of `cursor`'s block that holds the cursor, or -1 when the block is not laid out. */
int layoutLineOf(const QTextCursor &cursor)
{
    const QTextLayout *layout = cursor.block().layout();
    if (!layout || layout->lineCount() == 0)
        return -1;
    const QTextLine line = layout->lineForTextPosition(cursor.positionInBlock());
    return line.isValid() ? line.lineNumber() : -1;
}

} // namespace

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendBox>())
{
    m_ui->setupUi(this);
    m_ui->messageTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->messageTextEdit->installEventFilter(this);
    m_ui->errorLabel->hide();
    updateEditorHeight();
    retranslate();

    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &SendBox::onSendClicked);
    connect(m_ui->clearPushButton, &QPushButton::clicked, this, &SendBox::clearMessage);
}

SendBox::~SendBox() = default;

SendOptions SendBox::options() const
{
    return m_options;
}

void SendBox::setOptions(const SendOptions &options)
{
    m_options = options;
    retranslate();
}

void SendBox::send()
{
    const QString message = text();
    const BytesResult result = PayloadBuilder::build(m_options.payload(message));
    if (!result.ok()) {
        showError(result.error);
        // Point at the culprit so it can be fixed without hunting for it.
        QPlainTextEdit *editor = m_ui->messageTextEdit;
        const qsizetype position = qBound<qsizetype>(0, result.errorPosition, message.size());
        qsizetype length = position < message.size() ? 1 : 0;
        if (length == 1 && message.at(position).isHighSurrogate() && position + 1 < message.size())
            length = 2;
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(static_cast<int>(position));
        cursor.setPosition(static_cast<int>(position + length), QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        editor->setFocus(Qt::OtherFocusReason);
        emit sendFailed(result.error);
        return;
    }
    clearError();
    recordHistory(message);
    emit sendRequested(result.bytes, m_options.repeatCount, m_options.periodMs);
}

void SendBox::sendContent(PayloadSpec::Format format, const QString &content)
{
    PayloadSpec spec = m_options.payload(content);
    spec.format = format;
    const BytesResult result = PayloadBuilder::build(spec);
    if (!result.ok()) {
        showError(result.error);
        emit sendFailed(result.error);
        return;
    }
    clearError();
    emit sendRequested(result.bytes, m_options.repeatCount, m_options.periodMs);
}

void SendBox::sendFile(const QString &path)
{
    sendContent(PayloadSpec::Format::File, path);
}

void SendBox::showError(const QString &message)
{
    if (message.isEmpty()) {
        clearError();
        return;
    }
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void SendBox::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

QString SendBox::errorText() const
{
    return m_ui->errorLabel->text();
}

void SendBox::setSending(bool running)
{
    m_sending = running;
    retranslate();
}

QString SendBox::text() const
{
    return m_ui->messageTextEdit->toPlainText();
}

void SendBox::setText(const QString &text)
{
    m_historyIndex = m_history.size();
    m_draft.clear();
    showMessage(text);
}

void SendBox::setHistory(const QStringList &history)
{
    m_history.clear();
    for (const QString &message : history) {
        if (!message.isEmpty() && (m_history.isEmpty() || m_history.constLast() != message))
            m_history.append(message);
    }
    if (m_history.size() > MaxHistory)
        m_history.erase(m_history.begin(), m_history.end() - MaxHistory);
    m_historyIndex = m_history.size();
    m_draft.clear();
    emit historyChanged();
}

bool SendBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->messageTextEdit) {
        if (event->type() == QEvent::KeyPress) {
            const auto *keyEvent = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers modifiers = keyEvent->modifiers() & ~Qt::KeypadModifier;
            const int key = keyEvent->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::ControlModifier) {
                onSendClicked();
                return true;
            }
            if (modifiers == Qt::NoModifier && key == Qt::Key_Up && cursorOnFirstLine() && m_historyIndex > 0) {
                walkHistory(-1);
                return true;
            }
            if (modifiers == Qt::NoModifier && key == Qt::Key_Down && cursorOnLastLine() &&
                m_historyIndex < m_history.size()) {
                walkHistory(+1);
                return true;
            }
        } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            updateEditorHeight();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SendBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SendBox::onSendClicked()
{
    if (m_sending)
        emit stopRequested();
    else
        send();
}

void SendBox::clearMessage()
{
    setText(QString());
    clearError();
    m_ui->messageTextEdit->setFocus(Qt::OtherFocusReason);
}

void SendBox::recordHistory(const QString &text)
{
    m_historyIndex = m_history.size();
    m_draft.clear();
    if (text.isEmpty() || (!m_history.isEmpty() && m_history.constLast() == text))
        return;
    m_history.append(text);
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyIndex = m_history.size();
    emit historyChanged();
}

void SendBox::walkHistory(int step)
{
    const qsizetype newest = m_history.size();
    qsizetype target = m_historyIndex + step;
    if (m_historyIndex == newest) {
        m_draft = text();
        // The text stays in the editor after sending, so the newest entry is often what is shown already.
        if (step < 0 && target > 0 && m_history.at(target) == m_draft)
            --target;
    }
    if (target < 0 || target > newest)
        return;
    m_historyIndex = target;
    showMessage(target == newest ? m_draft : m_history.at(target));
}

void SendBox::showMessage(const QString &text)
{
    QPlainTextEdit *editor = m_ui->messageTextEdit;
    editor->setPlainText(text);
    editor->moveCursor(QTextCursor::End);
}

bool SendBox::cursorOnFirstLine() const
{
    const QTextCursor cursor = m_ui->messageTextEdit->textCursor();
    if (cursor.block() != m_ui->messageTextEdit->document()->firstBlock())
        return false;
    // A long first paragraph wraps: only its first visual line counts.
    const int line = layoutLineOf(cursor);
    return line <= 0;
}

bool SendBox::cursorOnLastLine() const
{
    const QTextCursor cursor = m_ui->messageTextEdit->textCursor();
    if (cursor.block() != m_ui->messageTextEdit->document()->lastBlock())
        return false;
    const int line = layoutLineOf(cursor);
    const QTextLayout *layout = cursor.block().layout();
    return line < 0 || !layout || line == layout->lineCount() - 1;
}

void SendBox::retranslate()
{
    QString placeholder;
    switch (m_options.format) {
    case PayloadSpec::Format::Text:
        placeholder = tr("Type text to send… (Ctrl+Return sends, Up/Down recall earlier messages)");
        break;
    case PayloadSpec::Format::Escaped:
        placeholder = tr("Text with escapes, e.g. hello\\r\\n or \\x41\\x42");
        break;
    case PayloadSpec::Format::Hex:
        placeholder = tr("Hex bytes, e.g. 68 65 6c 6c 6f");
        break;
    case PayloadSpec::Format::File:
        placeholder = tr("The path of a file to send");
        break;
    }
    m_ui->messageTextEdit->setPlaceholderText(placeholder);
    if (m_sending) {
        m_ui->sendPushButton->setText(tr("Stop"));
        m_ui->sendPushButton->setToolTip(tr("Stop the repeated send"));
    } else {
        m_ui->sendPushButton->setText(tr("Send"));
        m_ui->sendPushButton->setToolTip(tr("Send the message (Ctrl+Return)"));
    }
}

void SendBox::updateEditorHeight()
{
    QPlainTextEdit *editor = m_ui->messageTextEdit;
    const QMargins margins = editor->contentsMargins();
    const qreal documentMargin = editor->document()->documentMargin();
    const int height = editor->fontMetrics().lineSpacing() * EditorLines + qCeil(2 * documentMargin) + margins.top() +
        margins.bottom();
    // At least three lines; more when the user drags the splitter above it.
    editor->setMinimumHeight(height);
}
