// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfnavigation.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace {

using Failure = Result<QByteArray>;

// A text string as PDF wants it for any script: UTF-16BE with a byte order mark, in hex.
QByteArray pdfText(const QString &s)
{
    QByteArray out("<FEFF");
    for (const QChar ch : s)
        out += QByteArray::number(ch.unicode() | 0x10000, 16).mid(1).toUpper();
    out += '>';
    return out;
}

QByteArray num(qreal v)
{
    return QByteArray::number(v, 'f', 2);
}

struct Reader
{
    const QByteArray &pdf;
    QHash<int, qsizetype> offsets;

    // The text of object `n` between "n 0 obj" and "endobj".
    QByteArray object(int n) const
    {
        const qsizetype at = offsets.value(n, -1);
        if (at < 0)
            return {};
        const QByteArray head = QByteArray::number(n) + " 0 obj";
        if (pdf.mid(at, head.size()) != head)
            return {};
        const qsizetype end = pdf.indexOf("endobj", at);
        return end < 0 ? QByteArray() : pdf.mid(at + head.size(), end - at - head.size()).trimmed();
    }
};

int refAfter(const QByteArray &dict, const QByteArray &key)
{
    static const QRegularExpression ref(QStringLiteral("^\\s*(\\d+)\\s+0\\s+R"));
    const qsizetype at = dict.indexOf(key);
    if (at < 0)
        return -1;
    const auto m = ref.match(QString::fromLatin1(dict.mid(at + key.size(), 40)));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A dictionary "<< … >>" with `extra` entries added before its end.
QByteArray amended(const QByteArray &dict, const QByteArray &extra)
{
    const qsizetype end = dict.lastIndexOf(">>");
    if (end < 0)
        return {};
    return dict.left(end) + extra + "\n>>";
}

} // namespace

Result<QByteArray> PdfNavigation::addNavigation(const QByteArray &pdf, const QList<Bookmark> &bookmarks,
                                                const QList<Link> &links, const Metadata &metadata)
{
    // The cross-reference table the file ends with.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return Failure::failure(QStringLiteral("the PDF has no cross-reference table"));
    bool ok = false;
    const qsizetype xrefAt
        = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefAt <= 0 || xrefAt >= pdf.size() || pdf.mid(xrefAt, 4) != "xref")
        return Failure::failure(QStringLiteral("the PDF's cross-reference table is not where it says"));
    Reader reader {pdf, {}};
    qsizetype pos = pdf.indexOf('\n', xrefAt) + 1;
    while (pos > 0 && pos < pdf.size()) {
        const qsizetype lineEnd = pdf.indexOf('\n', pos);
        const QList<QByteArray> header = pdf.mid(pos, lineEnd - pos).trimmed().split(' ');
        if (header.size() != 2)
            break; // "trailer"
        const int first = header[0].toInt();
        const int count = header[1].toInt();
        pos = lineEnd + 1;
        for (int i = 0; i < count; ++i, pos += 20) {
            const QByteArray entry = pdf.mid(pos, 20);
            if (entry.size() < 18 || entry[17] != 'n')
                continue;
            reader.offsets.insert(first + i, entry.left(10).toLongLong());
        }
    }
    const qsizetype trailerAt = pdf.indexOf("trailer", xrefAt);
    if (trailerAt < 0)
        return Failure::failure(QStringLiteral("the PDF has no trailer"));
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    const int root = refAfter(trailer, "/Root");
    const int info = refAfter(trailer, "/Info");
    if (!sizeMatch.hasMatch() || root < 0)
        return Failure::failure(QStringLiteral("the PDF's trailer lacks its size or root"));
    int next = sizeMatch.captured(1).toInt();

    const QByteArray catalog = reader.object(root);
    const QByteArray pagesTree = reader.object(refAfter(catalog, "/Pages"));
    const qsizetype kidsAt = pagesTree.indexOf("/Kids");
    if (catalog.isEmpty() || kidsAt < 0)
        return Failure::failure(QStringLiteral("the PDF's page tree cannot be read"));
    const QByteArray kids = pagesTree.mid(kidsAt, pagesTree.indexOf(']', kidsAt) - kidsAt);
    QList<int> pages;
    static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = refRe.globalMatch(QString::fromLatin1(kids)); it.hasNext();)
        pages << it.next().captured(1).toInt();
    QList<qreal> heights;
    QList<int> annots;
    static const QRegularExpression boxRe(
        QStringLiteral("/MediaBox\\s*\\[\\s*[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+([-\\d.]+)"));
    for (int page : std::as_const(pages)) {
        const QByteArray dict = reader.object(page);
        const auto box = boxRe.match(QString::fromLatin1(dict));
        heights << (box.hasMatch() ? box.captured(1).toDouble() : 842.0);
        annots << refAfter(dict, "/Annots");
    }
    auto dest = [&](const Target &t) -> QByteArray {
        const int page = qBound(0, t.page, int(pages.size()) - 1);
        return "[" + QByteArray::number(pages[page]) + " 0 R /XYZ 0 "
            + num(heights[page] - qMax<qreal>(0, t.y)) + " null]";
    };

    QMap<int, QByteArray> objects; // number → body
    // Links: annotations, listed in each page's /Annots array (Qt gives every page one).
    QHash<int, QList<int>> linksOfPage;
    for (const Link &l : links) {
        if (l.page < 0 || l.page >= pages.size() || annots[l.page] < 0)
            continue;
        const qreal h = heights[l.page];
        const int n = next++;
        objects.insert(n,
                       "<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [" + num(l.rect.left()) + ' '
                           + num(h - l.rect.bottom()) + ' ' + num(l.rect.right()) + ' '
                           + num(h - l.rect.top()) + "] /Dest " + dest(l.target) + " >>");
        linksOfPage[l.page].append(n);
    }
    for (auto it = linksOfPage.cbegin(); it != linksOfPage.cend(); ++it) {
        QByteArray array = "[";
        // Keep what the page had.
        const QByteArray old = reader.object(annots[it.key()]);
        if (old.startsWith('['))
            array += old.mid(1, old.lastIndexOf(']') - 1).trimmed() + ' ';
        for (int n : it.value())
            array += QByteArray::number(n) + " 0 R ";
        objects.insert(annots[it.key()], array + ']');
    }

    // The outline: items know their parent and siblings, parents their first and last child.
    const int outlineRoot = bookmarks.isEmpty() ? -1 : next++;
    std::function<std::pair<int, int>(const QList<Bookmark> &, int, int &)> addLevel;
    addLevel = [&](const QList<Bookmark> &level, int parent, int &count) -> std::pair<int, int> {
        QList<int> numbers;
        for (int i = 0; i < level.size(); ++i)
            numbers << next++;
        for (int i = 0; i < level.size(); ++i) {
            int childCount = 0;
            const auto [first, last] = addLevel(level[i].children, numbers[i], childCount);
            QByteArray item = "<< /Title " + pdfText(level[i].title) + " /Parent "
                + QByteArray::number(parent) + " 0 R /Dest " + dest(level[i].target);
            if (i > 0)
                item += " /Prev " + QByteArray::number(numbers[i - 1]) + " 0 R";
            if (i + 1 < level.size())
                item += " /Next " + QByteArray::number(numbers[i + 1]) + " 0 R";
            if (first > 0) // children shown closed: a negative count
                item += " /First " + QByteArray::number(first) + " 0 R /Last " + QByteArray::number(last)
                    + " 0 R /Count -" + QByteArray::number(childCount);
            objects.insert(numbers[i], item + " >>");
            count += 1;
        }
        return numbers.isEmpty() ? std::pair {-1, -1} : std::pair {numbers.first(), numbers.last()};
    };
    QByteArray catalogExtra;
    if (outlineRoot > 0) {
        int count = 0;
        const auto [first, last] = addLevel(bookmarks, outlineRoot, count);
        objects.insert(outlineRoot,
                       "<< /Type /Outlines /First " + QByteArray::number(first) + " 0 R /Last "
                           + QByteArray::number(last) + " 0 R /Count " + QByteArray::number(count) + " >>");
        catalogExtra = "\n/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines";
    }
    if (!catalogExtra.isEmpty())
        objects.insert(root, amended(catalog, catalogExtra));
    if (info >= 0 && (!metadata.author.isEmpty() || !metadata.subject.isEmpty())) {
        QByteArray extra;
        if (!metadata.author.isEmpty())
            extra += "\n/Author " + pdfText(metadata.author);
        if (!metadata.subject.isEmpty())
            extra += "\n/Subject " + pdfText(metadata.subject);
        const QByteArray amendedInfo = amended(reader.object(info), extra);
        if (!amendedInfo.isEmpty())
            objects.insert(info, amendedInfo);
    }
    if (objects.isEmpty())
        return pdf;

    // The update: the objects, then their cross-reference section and a trailer pointing back.
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> written;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        written.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qsizetype newXref = out.size();
    out += "xref\n";
    for (auto it = written.cbegin(); it != written.cend();) {
        // Consecutive numbers share a subsection.
        auto end = it;
        int n = it.key();
        while (end != written.cend() && end.key() == n) {
            ++end;
            ++n;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(n - it.key()) + '\n';
        for (; it != end; ++it)
            out += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(root)
        + " 0 R\n";
    if (info >= 0)
        out += "/Info " + QByteArray::number(info) + " 0 R\n";
    out += "/Prev " + QByteArray::number(xrefAt) + "\n>>\nstartxref\n" + QByteArray::number(newXref)
        + "\n%%EOF\n";
    return out;
}
