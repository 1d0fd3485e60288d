// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include "replyrulesdialog.h"

namespace {

QPushButton *okButton(ReplyRulesDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

QPlainTextEdit *editor(ReplyRulesDialog &dialog)
{
    return dialog.findChild<QPlainTextEdit *>(QStringLiteral("rulesTextEdit"));
}

QLabel *errorLabel(ReplyRulesDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
}

QString parserError(const QString &rule)
{
    QString error;
    const auto parsed = ReplyPolicy::parseRule(rule, &error);
    return parsed ? QString() : error;
}

} // namespace

class TestReplyRules : public QObject
{
    Q_OBJECT

private slots:
    void parseRulesMakesRules();
    void parseRulesReportsLine_data();
    void parseRulesReportsLine();
    void parseRulesWithoutErrorPointer();
    void dialogAcceptsValidRules();
    void dialogFlagsBadLineLive();
    void dialogRulesKeepTextExactly();
    void dialogEmptyIsValid();
};

void TestReplyRules::parseRulesMakesRules()
{
    QString error = QStringLiteral("untouched");
    const auto rules = ReplyRulesDialog::parseRules(
        {QStringLiteral("hello=>world"), QString(), QStringLiteral("exact:ping=>pong"), QStringLiteral("   "),
         QStringLiteral("hex:01 02=>hex:ff"), QStringLiteral("re:^GET .*=>HTTP/1.0 200 OK\\r\\n"),
         QStringLiteral("a\\tb=>c\\x41  ")},
        &error);
    QVERIFY(rules.has_value());
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(rules->size(), 5);

    const ReplyPolicy::Rule &text = rules->at(0);
    QCOMPARE(text.match, ReplyPolicy::Rule::Match::Text);
    QCOMPARE(text.exact, false);
    QCOMPARE(text.pattern, QByteArray("hello"));
    QCOMPARE(text.reply, QByteArray("world"));

    const ReplyPolicy::Rule &exact = rules->at(1);
    QCOMPARE(exact.match, ReplyPolicy::Rule::Match::Text);
    QCOMPARE(exact.exact, true);
    QCOMPARE(exact.pattern, QByteArray("ping"));
    QCOMPARE(exact.reply, QByteArray("pong"));

    const ReplyPolicy::Rule &hex = rules->at(2);
    QCOMPARE(hex.match, ReplyPolicy::Rule::Match::Hex);
    QCOMPARE(hex.exact, false);
    QCOMPARE(hex.pattern, QByteArray("\x01\x02", 2));
    QCOMPARE(hex.reply, QByteArray("\xff", 1));

    const ReplyPolicy::Rule &regex = rules->at(3);
    QCOMPARE(regex.match, ReplyPolicy::Rule::Match::Regex);
    QCOMPARE(regex.expression.pattern(), QStringLiteral("^GET .*"));
    QCOMPARE(regex.reply, QByteArray("HTTP/1.0 200 OK\r\n"));

    // C escapes in both parts; trailing whitespace is not part of the reply.
    const ReplyPolicy::Rule &escaped = rules->at(4);
    QCOMPARE(escaped.pattern, QByteArray("a\tb"));
    QCOMPARE(escaped.reply, QByteArray("cA"));

    // The rules behave as written: first match wins.
    ReplyPolicy policy(ReplyPolicy::Mode::Rules);
    policy.setRules(*rules);
    const QByteArray none("(none)");
    QCOMPARE(policy.replyTo("say hello").value_or(none), QByteArray("world"));
    QCOMPARE(policy.replyTo("ping").value_or(none), QByteArray("pong"));
    QCOMPARE(policy.replyTo("ping!").value_or(none), none);
    QCOMPARE(policy.replyTo(QByteArray("\x00\x01\x02", 3)).value_or(none), QByteArray("\xff", 1));
    QCOMPARE(policy.replyTo("GET / HTTP/1.0").value_or(none), QByteArray("HTTP/1.0 200 OK\r\n"));
}

void TestReplyRules::parseRulesReportsLine_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("error");

    QTest::newRow("no arrow on line 2") << QStringList{QStringLiteral("ping=>pong"), QStringLiteral("oops")}
                                        << QStringLiteral("Line 2: ") + parserError(QStringLiteral("oops"));
    QTest::newRow("bad hex after a blank line")
        << QStringList{QString(), QStringLiteral("hex:zz=>x")}
        << QStringLiteral("Line 2: ") + parserError(QStringLiteral("hex:zz=>x"));
    QTest::newRow("bad regex on line 3") << QStringList{QStringLiteral("a=>b"), QStringLiteral("c=>d"),
                                                        QStringLiteral("re:(=>x")}
                                         << QStringLiteral("Line 3: ") + parserError(QStringLiteral("re:(=>x"));
    QTest::newRow("first bad line wins") << QStringList{QStringLiteral("=>x"), QStringLiteral("oops")}
                                         << QStringLiteral("Line 1: ") + parserError(QStringLiteral("=>x"));
}

void TestReplyRules::parseRulesReportsLine()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, error);
    QVERIFY(error.size() > QStringLiteral("Line 1: ").size()); // the parser said something
    QString actual;
    QVERIFY(!ReplyRulesDialog::parseRules(lines, &actual).has_value());
    QCOMPARE(actual, error);
}

void TestReplyRules::parseRulesWithoutErrorPointer()
{
    QVERIFY(!ReplyRulesDialog::parseRules({QStringLiteral("oops")}, nullptr).has_value());
    const auto empty = ReplyRulesDialog::parseRules({}, nullptr);
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
}

void TestReplyRules::dialogAcceptsValidRules()
{
    ReplyRulesDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Reply rules"));
    const QStringList lines = {QStringLiteral("hello=>world"), QStringLiteral("exact:ping=>pong"),
                               QStringLiteral("hex:01 02=>hex:ff")};
    dialog.setRules(lines);
    QCOMPARE(editor(dialog)->toPlainText(), lines.join(u'\n'));
    QCOMPARE(dialog.rules(), lines);
    QCOMPARE(dialog.errorText(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(errorLabel(dialog)->isHidden());
    QCOMPARE(editor(dialog)->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

void TestReplyRules::dialogFlagsBadLineLive()
{
    ReplyRulesDialog dialog;
    dialog.setRules({QStringLiteral("hello=>world")});
    QVERIFY(okButton(dialog)->isEnabled());

    // Typing a second, unfinished line.
    QPlainTextEdit *edit = editor(dialog);
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("hex:zz"));
    const QString expected = QStringLiteral("Line 2: ") + parserError(QStringLiteral("hex:zz"));
    QCOMPARE(dialog.errorText(), expected);
    QCOMPARE(errorLabel(dialog)->text(), expected);
    QVERIFY(!errorLabel(dialog)->isHidden());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(edit->extraSelections().size(), 1);
    QCOMPARE(edit->extraSelections().at(0).cursor.blockNumber(), 1);

    // Still bad with an arrow: the hex is wrong.
    QTest::keyClicks(edit, QStringLiteral("=>ok"));
    QCOMPARE(dialog.errorText(), QStringLiteral("Line 2: ") + parserError(QStringLiteral("hex:zz=>ok")));
    QVERIFY(!okButton(dialog)->isEnabled());

    // Fixed: OK comes back and the mark goes.
    edit->setPlainText(QStringLiteral("hello=>world\nhex:0a=>ok"));
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(errorLabel(dialog)->text(), QString());
    QVERIFY(errorLabel(dialog)->isHidden());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(edit->extraSelections().isEmpty());
}

void TestReplyRules::dialogRulesKeepTextExactly()
{
    ReplyRulesDialog dialog;
    editor(dialog)->setPlainText(
        QStringLiteral("\n  hello=>world  \t\n\n   \nre:^GET .*=>HTTP/1.0 200 OK\\r\\n \nexact:ping=>pong"));
    QCOMPARE(dialog.rules(),
             (QStringList{QStringLiteral("  hello=>world"), QStringLiteral("re:^GET .*=>HTTP/1.0 200 OK\\r\\n"),
                          QStringLiteral("exact:ping=>pong")}));
    QVERIFY(okButton(dialog)->isEnabled());
    // What is saved parses to the same rules the dialog validated.
    QString error;
    const auto rules = ReplyRulesDialog::parseRules(dialog.rules(), &error);
    QVERIFY2(rules.has_value(), qPrintable(error));
    QCOMPARE(rules->size(), 3);
    QCOMPARE(rules->at(0).pattern, QByteArray("  hello"));
    QCOMPARE(rules->at(0).reply, QByteArray("world"));

    // A bad line is reported with its editor line number, blank lines counted.
    editor(dialog)->setPlainText(QStringLiteral("a=>b\n\n\nnope"));
    QCOMPARE(dialog.errorText(), QStringLiteral("Line 4: ") + parserError(QStringLiteral("nope")));
    QCOMPARE(dialog.rules(), (QStringList{QStringLiteral("a=>b"), QStringLiteral("nope")}));
}

void TestReplyRules::dialogEmptyIsValid()
{
    ReplyRulesDialog dialog;
    QCOMPARE(dialog.rules(), QStringList());
    QCOMPARE(dialog.errorText(), QString());
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.setRules({});
    QCOMPARE(dialog.rules(), QStringList());
    QVERIFY(okButton(dialog)->isEnabled());
}

QTEST_MAIN(TestReplyRules)
#include "tst_replyrules.moc"
