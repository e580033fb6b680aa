// SPDX-License-Identifier: GPL-3.0-or-later
#include "addurldialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class tst_AddUrlDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedAddress_data();
    void refusedAddress();
};

void tst_AddUrlDialog::refusedAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd")
                          << QStringLiteral("only http:// and https://");
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("only http:// and https://");
    QTest::addRow("port closed") << QStringLiteral("http://127.0.0.1:1/article.html")
                                 << QStringLiteral("the server refused the connection");
}

// An address Bilan does not fetch, or a fetch that fails, leaves the dialog open with one
// sentence saying why; nothing is accepted.
void tst_AddUrlDialog::refusedAddress()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    AddUrlDialog dialog;
    dialog.setUrl(url);
    dialog.show();
    QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
    auto statusText = [&dialog] {
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    };
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().contains(error), qPrintable(statusText()), 10000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    QVERIFY(dialog.page().bytes.isEmpty());
}

QTEST_MAIN(tst_AddUrlDialog)
#include "tst_addurldialog.moc"
