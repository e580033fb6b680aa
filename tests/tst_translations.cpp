// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The French translation is complete: every string the sources mark for translation is in
// resources/translations/bilan_fr.ts with a finished French text (and both plural forms).
class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMessageTranslated();
    void everySourceStringListed();
    void everyMessageHasItsContext();

private:
    struct Message
    {
        QString source;
        QStringList forms;
        bool numerus = false;
        bool unfinished = false;
    };
    QList<Message> m_messages;
};

void tst_Translations::initTestCase()
{
    QFile ts(QStringLiteral(BILAN_SOURCE_DIR "/resources/translations/bilan_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            current = Message {};
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.isStartElement() && xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            current.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!current.numerus)
                current.forms.append(xml.readElementText());
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            current.forms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            m_messages.append(current);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_messages.size() > 50);
}

void tst_Translations::everyMessageTranslated()
{
    QStringList problems;
    for (const Message &m : m_messages) {
        const bool emptyForm = std::any_of(m.forms.cbegin(), m.forms.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
        if (m.unfinished || m.forms.isEmpty() || emptyForm || (m.numerus && m.forms.size() != 2))
            problems << m.source;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("not translated: ") + problems.join(QStringLiteral(" | "))));
}

void tst_Translations::everySourceStringListed()
{
    QSet<QString> listed;
    for (const Message &m : m_messages)
        listed.insert(m.source);
    // tr("…") and translate("Context", "…") in the sources (the new ones lupdate would add).
    // A source string may be several adjacent literals: "…" "…".
    static const QRegularExpression call(
        QStringLiteral("(?<![\\w\"])(?:tr\\(|translate\\(\"[A-Za-z]+\",)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*"
                       "\"(?:[^\"\\\\]|\\\\.)*\")*)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList missing;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(BILAN_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(f.readAll());
            auto matches = call.globalMatch(code);
            while (matches.hasNext()) {
                QString text;
                auto parts = literal.globalMatch(matches.next().captured(1));
                while (parts.hasNext())
                    text += parts.next().captured(1);
                text.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                    .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
                if (!listed.contains(text))
                    missing << QStringLiteral("%1: %2").arg(QFileInfo(f.fileName()).fileName(), text);
            }
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run the update_translations target: ")
                        + missing.join(QStringLiteral(" | "))));
}

// lupdate files a tr() it cannot attribute (an alias of a class, a free function) under an
// unnamed context that no running code asks for: such strings would never be translated.
void tst_Translations::everyMessageHasItsContext()
{
    QFile ts(QStringLiteral(BILAN_SOURCE_DIR "/resources/translations/bilan_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int depth = 0;
    bool named = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"context") {
            named = false;
            depth = 1;
        } else if (xml.isStartElement() && xml.name() == u"name" && depth == 1) {
            named = !xml.readElementText().trimmed().isEmpty();
        } else if (xml.isStartElement() && xml.name() == u"message") {
            QVERIFY2(named,
                     "a context without a name in bilan_fr.ts: call tr() through the class that declares it");
        }
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
