// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QList>
#include <QStringList>

#include "net/replypolicy.h"

namespace Ui {
class ReplyRulesDialog;
}

/**
 * Edits a server's reply rules, one MATCH=>REPLY rule per line. Every edit is checked with ReplyPolicy::parseRule:
 * the first bad line is named in red and OK stays disabled until it is fixed.
 */
class ReplyRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyRulesDialog)

public:
    explicit ReplyRulesDialog(QWidget *parent = nullptr);
    ~ReplyRulesDialog() override;

    void setRules(const QStringList &lines);
    /** The non-empty lines as written, without trailing whitespace. */
    QStringList rules() const;
    /** "Line N: ..." for the first bad line, empty when every rule parses. */
    QString errorText() const;

    /**
     * Turns saved rule lines into rules: blank lines are skipped and trailing whitespace is ignored (as rules() saves
     * them). Returns nullopt with *error = "Line N: <reason>" (N counts from 1, blank lines included) on a bad line.
     */
    static std::optional<QList<ReplyPolicy::Rule>> parseRules(const QStringList &lines, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void showError(int line, const QString &message);

    std::unique_ptr<Ui::ReplyRulesDialog> m_ui;
    QString m_error;
    int m_errorLine = -1; ///< 0-based line in the editor, -1 = none
};
