// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QEvent>
#include <QLabel>
#include <QTest>

#include "lifecyclestrip.h"

namespace {

const QStringList labelNames = {QStringLiteral("lookingUpLabel"), QStringLiteral("connectingLabel"),
                                QStringLiteral("connectedLabel"), QStringLiteral("closingLabel"),
                                QStringLiteral("closedLabel")};

QLabel *label(const LifecycleStrip &strip, const QString &name)
{
    return strip.findChild<QLabel *>(name);
}

/** The "step" property of every step label, in order: c = current, p = past, l = later. */
QString looks(const LifecycleStrip &strip)
{
    QString result;
    for (const QString &name : labelNames) {
        const QString look = label(strip, name)->property("step").toString();
        result += look == QStringLiteral("current") ? u'c' : look == QStringLiteral("past") ? u'p' : u'l';
    }
    return result;
}

QStringList boldLabels(const LifecycleStrip &strip)
{
    QStringList bold;
    for (const QString &name : labelNames) {
        if (label(strip, name)->font().bold())
            bold.append(name);
    }
    return bold;
}

} // namespace

class TestLifecycleStrip : public QObject
{
    Q_OBJECT

private slots:
    void labels();
    void highlightsState_data();
    void highlightsState();
    void idleHighlightsNone();
    void pastStepsOfThisAttempt();
    void reconnectStartsNewAttempt();
    void languageChangeKeepsState();
};

void TestLifecycleStrip::labels()
{
    LifecycleStrip strip;
    const QStringList texts = {QStringLiteral("Looking up"), QStringLiteral("Connecting"), QStringLiteral("Connected"),
                               QStringLiteral("Closing"), QStringLiteral("Closed")};
    for (int i = 0; i < labelNames.size(); ++i) {
        QLabel *step = label(strip, labelNames.at(i));
        QVERIFY2(step, qPrintable(labelNames.at(i)));
        QCOMPARE(step->text(), texts.at(i));
    }
    QCOMPARE(strip.findChildren<QLabel *>().size(), 9); // five steps, four arrows
    QCOMPARE(strip.findChild<QLabel *>(QStringLiteral("arrow1Label"))->text(), QStringLiteral("\u2192"));
}

void TestLifecycleStrip::highlightsState_data()
{
    QTest::addColumn<TcpClient::State>("state");
    QTest::addColumn<QString>("labelName");
    QTest::addColumn<QString>("text");
    QTest::newRow("looking up") << TcpClient::State::LookingUp << QStringLiteral("lookingUpLabel")
                                << QStringLiteral("Looking up");
    QTest::newRow("connecting") << TcpClient::State::Connecting << QStringLiteral("connectingLabel")
                                << QStringLiteral("Connecting");
    QTest::newRow("connected") << TcpClient::State::Connected << QStringLiteral("connectedLabel")
                               << QStringLiteral("Connected");
    QTest::newRow("closing") << TcpClient::State::Closing << QStringLiteral("closingLabel")
                             << QStringLiteral("Closing");
    QTest::newRow("closed") << TcpClient::State::Closed << QStringLiteral("closedLabel") << QStringLiteral("Closed");
}

void TestLifecycleStrip::highlightsState()
{
    QFETCH(TcpClient::State, state);
    QFETCH(QString, labelName);
    QFETCH(QString, text);
    LifecycleStrip strip;
    strip.setState(state);
    QCOMPARE(strip.state(), state);
    QCOMPARE(strip.currentStepText(), text);
    QCOMPARE(boldLabels(strip), QStringList{labelName});
    for (const QString &name : labelNames) {
        const QString look = label(strip, name)->property("step").toString();
        QCOMPARE(look, name == labelName ? QStringLiteral("current") : QStringLiteral("later"));
        // Highlighted with the palette's own readable pair.
        const QString highlight = strip.palette().color(QPalette::Highlight).name();
        QCOMPARE(label(strip, name)->styleSheet().contains(highlight), name == labelName);
    }
}

void TestLifecycleStrip::idleHighlightsNone()
{
    LifecycleStrip strip;
    QCOMPARE(strip.state(), TcpClient::State::Idle);
    QCOMPARE(strip.currentStepText(), QString());
    QCOMPARE(looks(strip), QStringLiteral("lllll"));
    QVERIFY(boldLabels(strip).isEmpty());

    strip.setState(TcpClient::State::Connected);
    strip.setState(TcpClient::State::Idle);
    QCOMPARE(strip.currentStepText(), QString());
    QCOMPARE(looks(strip), QStringLiteral("lllll"));
    QVERIFY(boldLabels(strip).isEmpty());
}

void TestLifecycleStrip::pastStepsOfThisAttempt()
{
    LifecycleStrip strip;
    strip.setState(TcpClient::State::LookingUp);
    QCOMPARE(looks(strip), QStringLiteral("cllll"));
    strip.setState(TcpClient::State::Connecting);
    QCOMPARE(looks(strip), QStringLiteral("pclll"));
    strip.setState(TcpClient::State::Connecting); // the next address of the same name
    QCOMPARE(looks(strip), QStringLiteral("pclll"));
    strip.setState(TcpClient::State::Connected);
    QCOMPARE(looks(strip), QStringLiteral("ppcll"));
    strip.setState(TcpClient::State::Closing);
    QCOMPARE(looks(strip), QStringLiteral("pppcl"));
    strip.setState(TcpClient::State::Closed);
    QCOMPARE(looks(strip), QStringLiteral("ppppc"));
    QCOMPARE(strip.currentStepText(), QStringLiteral("Closed"));
}

void TestLifecycleStrip::reconnectStartsNewAttempt()
{
    LifecycleStrip strip;
    strip.setState(TcpClient::State::LookingUp);
    strip.setState(TcpClient::State::Connecting);
    strip.setState(TcpClient::State::Connected);
    strip.setState(TcpClient::State::Closed); // the peer closed: no Closing step
    QCOMPARE(looks(strip), QStringLiteral("ppplc"));

    // Reconnecting to an address: no lookup this time, and a refused connect goes straight to Closed.
    strip.setState(TcpClient::State::Connecting);
    QCOMPARE(looks(strip), QStringLiteral("lclll"));
    strip.setState(TcpClient::State::Closed);
    QCOMPARE(looks(strip), QStringLiteral("lpllc"));
    QCOMPARE(boldLabels(strip), QStringList{QStringLiteral("closedLabel")});
}

void TestLifecycleStrip::languageChangeKeepsState()
{
    LifecycleStrip strip;
    strip.setState(TcpClient::State::Connecting);
    strip.setState(TcpClient::State::Connected);
    label(strip, QStringLiteral("connectedLabel"))->setText(QString());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&strip, &change);
    QCOMPARE(strip.state(), TcpClient::State::Connected);
    QCOMPARE(strip.currentStepText(), QStringLiteral("Connected"));
    QCOMPARE(looks(strip), QStringLiteral("lpcll"));
}

QTEST_MAIN(TestLifecycleStrip)
#include "tst_lifecyclestrip.moc"
