// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "replyrulesdialog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>
#include <QTextBlock>

#include "ui_replyrulesdialog.h"

namespace {

QString withoutTrailingSpace(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

/** Parses `lines`; on a bad line returns nullopt and sets *badLine (0-based) and *message (the parser's sentence). */
std::optional<QList<ReplyPolicy::Rule>> parseLines(const QStringList &lines, int *badLine, QString *message)
{
    QList<ReplyPolicy::Rule> rules;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = withoutTrailingSpace(lines.at(i));
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        std::optional<ReplyPolicy::Rule> rule = ReplyPolicy::parseRule(line, &error);
        if (!rule) {
            *badLine = static_cast<int>(i);
            *message = error;
            return std::nullopt;
        }
        rules.append(std::move(*rule));
    }
    return rules;
}

} // namespace

ReplyRulesDialog::ReplyRulesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplyRulesDialog>())
{
    m_ui->setupUi(this);
    m_ui->rulesTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->explanationLabel->setTextFormat(Qt::RichText);
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->hide();
    retranslate();
    validate();

    connect(m_ui->rulesTextEdit, &QPlainTextEdit::textChanged, this, &ReplyRulesDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReplyRulesDialog::~ReplyRulesDialog() = default;

void ReplyRulesDialog::setRules(const QStringList &lines)
{
    m_ui->rulesTextEdit->setPlainText(lines.join(u'\n'));
}

QStringList ReplyRulesDialog::rules() const
{
    QStringList rules;
    const QStringList lines = m_ui->rulesTextEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const QString rule = withoutTrailingSpace(line);
        if (!rule.trimmed().isEmpty())
            rules.append(rule);
    }
    return rules;
}

QString ReplyRulesDialog::errorText() const
{
    return m_error;
}

std::optional<QList<ReplyPolicy::Rule>> ReplyRulesDialog::parseRules(const QStringList &lines, QString *error)
{
    int badLine = -1;
    QString message;
    std::optional<QList<ReplyPolicy::Rule>> rules = parseLines(lines, &badLine, &message);
    if (!rules && error)
        *error = tr("Line %1: %2").arg(QString::number(badLine + 1), message);
    return rules;
}

void ReplyRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        validate();
    } else if (event->type() == QEvent::PaletteChange) {
        validate();
    }
    QDialog::changeEvent(event);
}

void ReplyRulesDialog::retranslate()
{
    m_ui->explanationLabel->setText(
        tr("<p>One rule per line, written as <code>MATCH=&gt;REPLY</code>. The first matching rule wins; empty "
           "lines are ignored.</p>"
           "<p><code>hello=&gt;world</code> replies <i>world</i> to any message that contains <i>hello</i>.<br>"
           "<code>exact:ping=&gt;pong</code> replies only when the whole message is <i>ping</i>.<br>"
           "<code>hex:01 02=&gt;hex:ff</code> matches and replies with bytes written in hex.<br>"
           "<code>re:^GET .*=&gt;HTTP/1.0 200 OK\\r\\n</code> matches a regular expression.</p>"
           "<p>Text parts accept C escapes such as <code>\\r</code>, <code>\\n</code>, <code>\\t</code> and "
           "<code>\\x41</code>.</p>"));
}

void ReplyRulesDialog::validate()
{
    int badLine = -1;
    QString message;
    const bool ok = parseLines(m_ui->rulesTextEdit->toPlainText().split(u'\n'), &badLine, &message).has_value();
    m_errorLine = ok ? -1 : badLine;
    m_error = ok ? QString() : tr("Line %1: %2").arg(QString::number(badLine + 1), message);
    showError(m_errorLine, m_error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ReplyRulesDialog::showError(int line, const QString &message)
{
    // A red that stays readable on both light and dark windows.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(red.name()));
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());

    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = m_ui->rulesTextEdit->document()->findBlockByNumber(line);
    if (line >= 0 && block.isValid()) {
        QTextEdit::ExtraSelection selection;
        QColor background = red;
        background.setAlpha(60);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(block);
        selections.append(selection);
    }
    m_ui->rulesTextEdit->setExtraSelections(selections);
}
