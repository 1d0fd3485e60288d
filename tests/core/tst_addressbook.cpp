// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT

#include <QTest>

#include "net/addressbook.h"

/** The tutorials' QQ address book: names for UDP peers. */
class TestAddressBook : public QObject
{
    Q_OBJECT

private slots:
    void setFindReplaceRemove();
    void rejectsBadContacts();
    void parsesCommandLineContacts_data();
    void parsesCommandLineContacts();
    void jsonRoundTrip();
    void badJsonChangesNothing_data();
    void badJsonChangesNothing();
};

void TestAddressBook::setFindReplaceRemove()
{
    AddressBook book;
    QString error;
    QVERIFY(book.set({QStringLiteral("唐僧"), QHostAddress(QStringLiteral("127.0.0.1")), 9000}, &error));
    QVERIFY(book.set({QStringLiteral("猪头"), QHostAddress(QStringLiteral("::1")), 9001}, &error));
    QCOMPARE(book.contacts().size(), 2);
    QCOMPARE(book.find(QStringLiteral("猪头"))->port, 9001);
    QVERIFY(!book.find(QStringLiteral("孙悟空")));
    QVERIFY(book.set({QStringLiteral("唐僧"), QHostAddress(QStringLiteral("127.0.0.2")), 9100}, &error));
    QCOMPARE(book.contacts().size(), 2);
    QCOMPARE(book.contacts().at(0).address, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(book.contacts().at(0).port, 9100);
    QVERIFY(book.remove(QStringLiteral("唐僧")));
    QVERIFY(!book.remove(QStringLiteral("唐僧")));
    QCOMPARE(book.contacts().size(), 1);
}

void TestAddressBook::rejectsBadContacts()
{
    AddressBook book;
    QString error;
    QVERIFY(!book.set({QStringLiteral("  "), QHostAddress(QStringLiteral("127.0.0.1")), 1}, &error));
    QCOMPARE(error, QStringLiteral("A contact needs a name."));
    QVERIFY(!book.set({QStringLiteral("白龙马"), QHostAddress(), 1}, &error));
    QCOMPARE(error, QStringLiteral("The contact \"白龙马\" needs an IP address."));
    QVERIFY(book.contacts().isEmpty());
}

void TestAddressBook::parsesCommandLineContacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");
    QTest::newRow("ipv4") << QStringLiteral("唐僧=127.0.0.1:9000") << QStringLiteral("唐僧")
                          << QStringLiteral("127.0.0.1") << 9000 << QString();
    QTest::newRow("ipv6") << QStringLiteral("wukong=[::1]:9001") << QStringLiteral("wukong") << QStringLiteral("::1")
                          << 9001 << QString();
    QTest::newRow("no name") << QStringLiteral("127.0.0.1:9000") << QString() << QString() << 0
                             << QStringLiteral("Bad contact \"127.0.0.1:9000\": write NAME=HOST:PORT, e.g. "
                                               "唐僧=127.0.0.1:9000.");
    QTest::newRow("host name") << QStringLiteral("a=localhost:1") << QString() << QString() << 0
                               << QStringLiteral("The contact \"a\" needs an IP address, not \"localhost\".");
    QTest::newRow("bad port") << QStringLiteral("a=127.0.0.1:x") << QString() << QString() << 0
                              << QStringLiteral("Bad port \"x\" in \"127.0.0.1:x\": use a number from 0 to 65535.");
}

void TestAddressBook::parsesCommandLineContacts()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, error);
    QString message;
    const std::optional<AddressBook::Contact> contact = AddressBook::parseContact(text, &message);
    QCOMPARE(message, error);
    QCOMPARE(contact.has_value(), error.isEmpty());
    if (contact) {
        QCOMPARE(contact->name, name);
        QCOMPARE(contact->address, QHostAddress(address));
        QCOMPARE(int(contact->port), port);
    }
}

void TestAddressBook::jsonRoundTrip()
{
    AddressBook book;
    QString error;
    QVERIFY(book.set({QStringLiteral("唐僧"), QHostAddress(QStringLiteral("127.0.0.1")), 9000}, &error));
    QVERIFY(book.set({QStringLiteral("孙悟空"), QHostAddress(QStringLiteral("::1")), 0}, &error));
    AddressBook loaded;
    QVERIFY(loaded.fromJson(book.toJson(), &error));
    QCOMPARE(loaded.contacts(), book.contacts());
}

void TestAddressBook::badJsonChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("object") << QByteArray("{}")
                            << QStringLiteral("The address book is not a JSON list of contacts: expected [ ... ].");
    QTest::newRow("broken") << QByteArray("[{")
                            << QStringLiteral("The address book is not a JSON list of contacts: unterminated object.");
    QTest::newRow("bad port") << QByteArray(R"([{"name":"a","address":"127.0.0.1","port":70000}])")
                              << QStringLiteral("The contact \"a\" has no valid port.");
    QTest::newRow("bad address") << QByteArray(R"([{"name":"a","address":"nowhere","port":1}])")
                                 << QStringLiteral("The contact \"a\" needs an IP address.");
}

void TestAddressBook::badJsonChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    AddressBook book;
    QString message;
    QVERIFY(book.set({QStringLiteral("keep"), QHostAddress(QStringLiteral("127.0.0.1")), 1}, &message));
    QVERIFY(!book.fromJson(json, &message));
    QCOMPARE(message, error);
    QCOMPARE(book.contacts().size(), 1);
    QCOMPARE(book.contacts().at(0).name, QStringLiteral("keep"));
}

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
