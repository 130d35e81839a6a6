// Lead-to-account matching (free-mail domains never match, legal suffixes are ignored, case does not
// matter, rule order and the workspace's additions count) and duplicate detection by identity rules.

#include "core/workspace.h"
#include "data/account.h"
#include "demo/defaultconfiguration.h"
#include "instrument/accountmatcher.h"
#include "instrument/duplicatefinder.h"
#include "testsupport.h"

#include <QTest>

using namespace baton;

class TestAccountMatching : public QObject
{
    Q_OBJECT

private:
    static AccountMatcher sample()
    {
        AccountMatcher matcher;
        matcher.addAccount(10, QStringLiteral("Acme, Inc."), QStringLiteral("acme.com"));
        matcher.addAccount(11, QStringLiteral("Müller GmbH & Co. KG"), QStringLiteral("https://www.Mueller.de/"));
        matcher.addAccount(12, QStringLiteral("Globex Corporation"), QString());
        matcher.addAccount(13, QStringLiteral("Sole Trader"), QStringLiteral("gmail.com")); // a free-mail domain
        matcher.addAccount(14, QStringLiteral("ACME Ltd"), QStringLiteral("acme.co.uk")); // same name as 10
        return matcher;
    }

private slots:
    void emailDomainsMatchWithoutCase()
    {
        const AccountMatcher matcher = sample();
        QCOMPARE(matcher.match(QStringLiteral("ana@acme.com"), QString()), qint64(10));
        QCOMPARE(matcher.match(QStringLiteral("Ana@ACME.COM "), QString()), qint64(10));
        QCOMPARE(matcher.match(QStringLiteral("ana@eu.acme.com"), QString()), qint64(10)); // a subdomain
        QCOMPARE(matcher.match(QStringLiteral("max@mueller.de"), QString()), qint64(11)); // account domain cleaned
        QCOMPARE(matcher.match(QStringLiteral("ana@acme.co.uk"), QString()), qint64(14));
        QCOMPARE(matcher.match(QStringLiteral("ana@notacme.com"), QString()), qint64(0));
        QCOMPARE(matcher.matchDetailed(QStringLiteral("ana@acme.com"), QString()).rule, AccountMatcher::Rule::EmailDomain);
    }

    void freeMailNeverMatches()
    {
        const AccountMatcher matcher = sample();
        // Not even the account that registered gmail.com as its domain.
        QCOMPARE(matcher.match(QStringLiteral("someone@gmail.com"), QStringLiteral("Unknown Ltd")), qint64(0));
        QCOMPARE(matcher.match(QStringLiteral("someone@GMAIL.com"), QString()), qint64(0));
        // A free-mail lead still matches by its company name.
        QCOMPARE(matcher.match(QStringLiteral("someone@gmail.com"), QStringLiteral("Globex Corp.")), qint64(12));
        // The workspace's additions count like built-in ones.
        AccountMatcher extended = sample();
        extended.addAccount(15, QStringLiteral("Mailbox Co"), QStringLiteral("mailbox.example"));
        QCOMPARE(extended.match(QStringLiteral("x@mailbox.example"), QString()), qint64(15));
        extended.addFreeMailDomains({ QStringLiteral("Mailbox.Example") });
        QVERIFY(extended.isFreeMail(QStringLiteral("mailbox.example")));
        QCOMPARE(extended.match(QStringLiteral("x@mailbox.example"), QString()), qint64(0));
    }

    void legalSuffixesAreIgnored_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<qint64>("account");
        QTest::newRow("suffix dropped") << QStringLiteral("Globex") << qint64(12);
        QTest::newRow("other suffix") << QStringLiteral("GLOBEX LLC") << qint64(12);
        QTest::newRow("punctuation") << QStringLiteral("globex, corp.") << qint64(12);
        QTest::newRow("multi-word suffix") << QStringLiteral("Müller GmbH") << qint64(11);
        QTest::newRow("case") << QStringLiteral("MÜLLER") << qint64(11);
        QTest::newRow("shared name: lowest id") << QStringLiteral("Acme") << qint64(10);
        QTest::newRow("different name") << QStringLiteral("Globex Systems") << qint64(0);
        QTest::newRow("only a suffix") << QStringLiteral("Inc") << qint64(0);
    }

    void legalSuffixesAreIgnored()
    {
        QFETCH(QString, company);
        QFETCH(qint64, account);
        QCOMPARE(sample().match(QStringLiteral("lead@gmail.com"), company), account);
    }

    void workspaceSuffixesAndRuleOrderCount()
    {
        AccountMatcher matcher;
        matcher.addLegalSuffixes({ QStringLiteral("Holding") });
        matcher.addAccount(20, QStringLiteral("Initech Holding"), QStringLiteral("initech.com"));
        matcher.addAccount(21, QStringLiteral("Other"), QStringLiteral("other.com"));
        QCOMPARE(matcher.match(QString(), QStringLiteral("Initech")), qint64(20));
        AccountMatcher without;
        without.addAccount(20, QStringLiteral("Initech Holding"), QStringLiteral("initech.com"));
        QCOMPARE(without.match(QString(), QStringLiteral("Initech")), qint64(0));

        // The domain says Other, the name says Initech: the first rule in order wins.
        QCOMPARE(matcher.match(QStringLiteral("a@other.com"), QStringLiteral("Initech")), qint64(21));
        matcher.setRules({ AccountMatcher::Rule::CompanyName, AccountMatcher::Rule::EmailDomain });
        QCOMPARE(matcher.match(QStringLiteral("a@other.com"), QStringLiteral("Initech")), qint64(20));
        // A disabled rule does not match at all.
        matcher.setRules({ AccountMatcher::Rule::CompanyName });
        QCOMPARE(matcher.match(QStringLiteral("a@other.com"), QString()), qint64(0));
    }

    void loadsTheWorkspacesRules()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("match.baton")));
        QVERIFY(workspace.ok());
        QVERIFY(applyDefaultConfiguration(**workspace, QStringLiteral("Match")).ok());
        Account acme;
        acme.name = QStringLiteral("Acme Kft.");
        acme.normalizedName = QStringLiteral("acme");
        acme.domain = QStringLiteral("acme.hu");
        QVERIFY(Repository<Account>(**workspace).add(acme).ok());
        FreeMailDomain freeMail { 0, 0, QStringLiteral("citromail.hu") };
        QVERIFY(Repository<FreeMailDomain>(**workspace).add(freeMail).ok());
        LegalSuffix kft { 0, 0, QStringLiteral("Kft.") };
        QVERIFY(Repository<LegalSuffix>(**workspace).add(kft).ok());
        auto matcher = AccountMatcher::load(**workspace);
        QVERIFY(matcher.ok());
        QCOMPARE(matcher->accountCount(), 1);
        QCOMPARE(matcher->match(QStringLiteral("x@acme.hu"), QString()), acme.id);
        QVERIFY(matcher->isFreeMail(QStringLiteral("citromail.hu")));
        QCOMPARE(matcher->match(QStringLiteral("x@citromail.hu"), QStringLiteral("ACME kft")), acme.id); // by name
        QCOMPARE(matcher->match(QStringLiteral("x@citromail.hu"), QStringLiteral("Other")), qint64(0));
        // Disabling the email-domain rule in the workspace.
        auto rules = Repository<AccountMatchRule>(**workspace).list();
        for (AccountMatchRule rule : *rules)
            if (rule.kind == QStringLiteral("email_domain")) {
                rule.enabled = false;
                QVERIFY(Repository<AccountMatchRule>(**workspace).update(rule).ok());
            }
        QCOMPARE(AccountMatcher::load(**workspace)->match(QStringLiteral("x@acme.hu"), QString()), qint64(0));
    }

    void duplicatesFollowTheIdentityRules()
    {
        const QList<IdentityRule> rules = {
            { 1, 1, QStringLiteral("Same person at the same company"), { QStringLiteral("contact_name"), QStringLiteral("company") }, 2, true },
            { 2, 1, QStringLiteral("Same email address"), { QStringLiteral("email") }, 1, true },
            { 3, 1, QStringLiteral("Same phone"), { QStringLiteral("phone") }, 3, false },
        };
        DuplicateFinder finder(rules);
        QCOMPARE(finder.rules().size(), 2); // the disabled rule is left out
        QCOMPARE(finder.rules().first().name, QStringLiteral("Same email address")); // position order
        Handoff a;
        a.email = QStringLiteral("ana@acme.com");
        a.contactName = QStringLiteral("Ana Lima");
        a.company = QStringLiteral("Acme");
        QVERIFY(!finder.add(1, a));
        // Same email in other case and with spaces: a duplicate of the first.
        Handoff b;
        b.email = QStringLiteral("  ANA@acme.com");
        auto match = finder.add(2, b);
        QVERIFY(match.has_value());
        QCOMPARE(match->originalId, qint64(1));
        QCOMPARE(match->ruleName, QStringLiteral("Same email address"));
        // Both fields of a two-field rule must agree, and both must be present.
        Handoff c;
        c.email = QStringLiteral("other@acme.com");
        c.contactName = QStringLiteral("ana lima");
        c.company = QString();
        QVERIFY(!finder.add(3, c));
        Handoff f = c;
        f.email = QStringLiteral("third@acme.com");
        f.company = QStringLiteral("ACME");
        auto byName = finder.find(f);
        QVERIFY(byName.has_value());
        QCOMPARE(byName->originalId, qint64(1));
        QCOMPARE(byName->ruleName, QStringLiteral("Same person at the same company"));
        // The disabled phone rule never matches.
        QJsonObject phone { { "phone", "+1 555" } };
        Handoff d;
        d.email = QStringLiteral("d@x.com");
        QVERIFY(!finder.add(4, d, phone));
        Handoff e;
        e.email = QStringLiteral("e@x.com");
        QVERIFY(!finder.add(5, e, phone));
        // Keys as text, for people.
        QCOMPARE(finder.keys(a), QStringList({ QStringLiteral("ana@acme.com"), QStringLiteral("ana lima\x1f" "acme") }));
        QCOMPARE(finder.keys(d).at(1), QString());
    }

    void contextFieldsCanIdentify()
    {
        DuplicateFinder finder({ { 1, 1, QStringLiteral("Same phone"), { QStringLiteral("phone") }, 1, true } });
        QVERIFY(finder.needsContext());
        Handoff h;
        QVERIFY(!finder.add(1, h, QJsonObject { { "phone", "+1 555 1234" } }));
        QVERIFY(finder.add(2, h, QJsonObject { { "phone", "+1 555 1234 " } }).has_value());
        QVERIFY(!finder.add(3, h, QJsonObject { { "phone", "+1 555 9999" } }));
        QVERIFY(!finder.add(4, h, QJsonObject {}));
    }
};

QTEST_GUILESS_MAIN(TestAccountMatching)
#include "tst_accountmatching.moc"
