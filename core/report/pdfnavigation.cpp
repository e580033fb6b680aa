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

// An incremental update of a PDF: its cross-reference table and page tree read, the new and
// changed objects collected, then written after the file with a cross-reference section
// pointing back to the old one. Each step says what it could not read.
class Update
{
public:
    explicit Update(const QByteArray &pdf)
        : m_pdf(pdf)
        , m_reader {pdf, {}}
    { }

    Result<void> readXref();
    Result<void> readPages();
    void addLinks(const QList<PdfNavigation::Link> &links);
    void addOutline(const QList<PdfNavigation::Bookmark> &bookmarks);
    void addMetadata(const PdfNavigation::Metadata &metadata);
    QByteArray write() const;

private:
    QByteArray dest(const PdfNavigation::Target &t) const;
    std::pair<int, int> addLevel(const QList<PdfNavigation::Bookmark> &level, int parent, int &count);

    const QByteArray &m_pdf;
    Reader m_reader;
    qsizetype m_xrefAt = -1;
    int m_root = -1;
    int m_info = -1;
    int m_next = 0;
    QByteArray m_catalog;
    QList<int> m_pages;
    QList<qreal> m_heights;
    QList<int> m_annots;
    QMap<int, QByteArray> m_objects; // number → body
};

Result<void> Update::readXref()
{
    // The cross-reference table the file ends with.
    const qsizetype startxref = m_pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return Result<void>::failure(QStringLiteral("the PDF has no cross-reference table"));
    bool ok = false;
    m_xrefAt = m_pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || m_xrefAt <= 0 || m_xrefAt >= m_pdf.size() || m_pdf.mid(m_xrefAt, 4) != "xref")
        return Result<void>::failure(QStringLiteral("the PDF's cross-reference table is not where it says"));
    qsizetype pos = m_pdf.indexOf('\n', m_xrefAt) + 1;
    while (pos > 0 && pos < m_pdf.size()) {
        const qsizetype lineEnd = m_pdf.indexOf('\n', pos);
        const QList<QByteArray> header = m_pdf.mid(pos, lineEnd - pos).trimmed().split(' ');
        if (header.size() != 2)
            break; // "trailer"
        const int first = header[0].toInt();
        const int count = header[1].toInt();
        pos = lineEnd + 1;
        for (int i = 0; i < count; ++i, pos += 20) {
            const QByteArray entry = m_pdf.mid(pos, 20);
            if (entry.size() < 18 || entry[17] != 'n')
                continue;
            m_reader.offsets.insert(first + i, entry.left(10).toLongLong());
        }
    }
    const qsizetype trailerAt = m_pdf.indexOf("trailer", m_xrefAt);
    if (trailerAt < 0)
        return Result<void>::failure(QStringLiteral("the PDF has no trailer"));
    const QByteArray trailer = m_pdf.mid(trailerAt, startxref - trailerAt);
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    m_root = refAfter(trailer, "/Root");
    m_info = refAfter(trailer, "/Info");
    if (!sizeMatch.hasMatch() || m_root < 0)
        return Result<void>::failure(QStringLiteral("the PDF's trailer lacks its size or root"));
    m_next = sizeMatch.captured(1).toInt();
    return {};
}

Result<void> Update::readPages()
{
    m_catalog = m_reader.object(m_root);
    const QByteArray pagesTree = m_reader.object(refAfter(m_catalog, "/Pages"));
    const qsizetype kidsAt = pagesTree.indexOf("/Kids");
    if (m_catalog.isEmpty() || kidsAt < 0)
        return Result<void>::failure(QStringLiteral("the PDF's page tree cannot be read"));
    const QByteArray kids = pagesTree.mid(kidsAt, pagesTree.indexOf(']', kidsAt) - kidsAt);
    static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = refRe.globalMatch(QString::fromLatin1(kids)); it.hasNext();)
        m_pages << it.next().captured(1).toInt();
    static const QRegularExpression boxRe(
        QStringLiteral("/MediaBox\\s*\\[\\s*[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+([-\\d.]+)"));
    for (int page : std::as_const(m_pages)) {
        const QByteArray dict = m_reader.object(page);
        const auto box = boxRe.match(QString::fromLatin1(dict));
        m_heights << (box.hasMatch() ? box.captured(1).toDouble() : 842.0);
        m_annots << refAfter(dict, "/Annots");
    }
    return {};
}

QByteArray Update::dest(const PdfNavigation::Target &t) const
{
    const int page = qBound(0, t.page, int(m_pages.size()) - 1);
    return "[" + QByteArray::number(m_pages[page]) + " 0 R /XYZ 0 "
        + num(m_heights[page] - qMax<qreal>(0, t.y)) + " null]";
}

// Links: annotations, listed in each page's /Annots array (Qt gives every page one).
void Update::addLinks(const QList<PdfNavigation::Link> &links)
{
    QHash<int, QList<int>> linksOfPage;
    for (const PdfNavigation::Link &l : links) {
        if (l.page < 0 || l.page >= m_pages.size() || m_annots[l.page] < 0)
            continue;
        const qreal h = m_heights[l.page];
        const int n = m_next++;
        m_objects.insert(n,
                         "<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [" + num(l.rect.left()) + ' '
                             + num(h - l.rect.bottom()) + ' ' + num(l.rect.right()) + ' '
                             + num(h - l.rect.top()) + "] /Dest " + dest(l.target) + " >>");
        linksOfPage[l.page].append(n);
    }
    for (auto it = linksOfPage.cbegin(); it != linksOfPage.cend(); ++it) {
        QByteArray array = "[";
        // Keep what the page had.
        const QByteArray old = m_reader.object(m_annots[it.key()]);
        if (old.startsWith('['))
            array += old.mid(1, old.lastIndexOf(']') - 1).trimmed() + ' ';
        for (int n : it.value())
            array += QByteArray::number(n) + " 0 R ";
        m_objects.insert(m_annots[it.key()], array + ']');
    }
}

// One level of the outline: items know their parent and siblings, parents their first and
// last child. Returns the first and last item's numbers.
std::pair<int, int> Update::addLevel(const QList<PdfNavigation::Bookmark> &level, int parent, int &count)
{
    QList<int> numbers;
    for (int i = 0; i < level.size(); ++i)
        numbers << m_next++;
    for (int i = 0; i < level.size(); ++i) {
        int childCount = 0;
        const auto [first, last] = addLevel(level[i].children, numbers[i], childCount);
        QByteArray item = "<< /Title " + pdfText(level[i].title) + " /Parent " + QByteArray::number(parent)
            + " 0 R /Dest " + dest(level[i].target);
        if (i > 0)
            item += " /Prev " + QByteArray::number(numbers[i - 1]) + " 0 R";
        if (i + 1 < level.size())
            item += " /Next " + QByteArray::number(numbers[i + 1]) + " 0 R";
        if (first > 0) // children shown closed: a negative count
            item += " /First " + QByteArray::number(first) + " 0 R /Last " + QByteArray::number(last)
                + " 0 R /Count -" + QByteArray::number(childCount);
        m_objects.insert(numbers[i], item + " >>");
        count += 1;
    }
    return numbers.isEmpty() ? std::pair {-1, -1} : std::pair {numbers.first(), numbers.last()};
}

void Update::addOutline(const QList<PdfNavigation::Bookmark> &bookmarks)
{
    if (bookmarks.isEmpty())
        return;
    const int outlineRoot = m_next++;
    int count = 0;
    const auto [first, last] = addLevel(bookmarks, outlineRoot, count);
    m_objects.insert(outlineRoot,
                     "<< /Type /Outlines /First " + QByteArray::number(first) + " 0 R /Last "
                         + QByteArray::number(last) + " 0 R /Count " + QByteArray::number(count) + " >>");
    m_objects.insert(
        m_root,
        amended(m_catalog,
                "\n/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines"));
}

void Update::addMetadata(const PdfNavigation::Metadata &metadata)
{
    if (m_info < 0 || (metadata.author.isEmpty() && metadata.subject.isEmpty()))
        return;
    QByteArray extra;
    if (!metadata.author.isEmpty())
        extra += "\n/Author " + pdfText(metadata.author);
    if (!metadata.subject.isEmpty())
        extra += "\n/Subject " + pdfText(metadata.subject);
    const QByteArray amendedInfo = amended(m_reader.object(m_info), extra);
    if (!amendedInfo.isEmpty())
        m_objects.insert(m_info, amendedInfo);
}

// The update: the objects, then their cross-reference section and a trailer pointing back.
QByteArray Update::write() const
{
    if (m_objects.isEmpty())
        return m_pdf;
    QByteArray out = m_pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> written;
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
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
    out += "trailer\n<<\n/Size " + QByteArray::number(m_next) + "\n/Root " + QByteArray::number(m_root)
        + " 0 R\n";
    if (m_info >= 0)
        out += "/Info " + QByteArray::number(m_info) + " 0 R\n";
    out += "/Prev " + QByteArray::number(m_xrefAt) + "\n>>\nstartxref\n" + QByteArray::number(newXref)
        + "\n%%EOF\n";
    return out;
}

} // namespace

Result<QByteArray> PdfNavigation::addNavigation(const QByteArray &pdf, const QList<Bookmark> &bookmarks,
                                                const QList<Link> &links, const Metadata &metadata)
{
    Update update(pdf);
    if (const auto read = update.readXref(); !read)
        return Failure::failure(read.error());
    if (const auto read = update.readPages(); !read)
        return Failure::failure(read.error());
    update.addLinks(links);
    update.addOutline(bookmarks);
    update.addMetadata(metadata);
    return update.write();
}
