// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// Where the English half of docs/guide.md begins.
const QLatin1String kEnglish("<!-- English -->");
} // namespace

QString UserGuide::markdown(const QString &language)
{
    QFile file(QStringLiteral(":/guide/guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build of Bilan (%1).").arg(file.errorString());
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype english = text.indexOf(kEnglish);
    if (english < 0)
        return text;
    return language == u"fr" ? text.left(english) : text.mid(english + kEnglish.size());
}

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Bilan User Guide"));
    m_browser->setOpenExternalLinks(true);
    // Its pictures are beside it in the resources.
    m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/guide/")));
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setMarkdown(
        markdown(QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}
