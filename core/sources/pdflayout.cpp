// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/pdflayout.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

using PdfLayout::Fragment;
using PdfLayout::Page;

// A line of a page in reading order: one fragment, or the cells of a table row.
struct Line
{
    const Fragment *first = nullptr;
    QList<const Fragment *> cells; // left to right; more than one: a table row
    QRectF rect;
    double columnRight = 0; // right edge of the column the line belongs to
    double typicalHeight = 0; // the median height of the page's lines
};

bool inRunningZone(const QRectF &r, const QSizeF &page)
{
    return r.bottom() < page.height() * 0.09 || r.top() > page.height() * 0.91;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[-–—\\s]*(page|p\\.)?\\s*\\d{1,4}(\\s*(/|sur|of|de)\\s*\\d{1,4})?[-–—\\s]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.simplified()).hasMatch();
}

QString runningKey(const QString &text)
{
    QString key = text.simplified().toLower();
    for (QChar &c : key) {
        if (c.isDigit())
            c = u'#';
    }
    return key;
}

// Headers and footers: text in the top or bottom margin that repeats on other pages (digits
// aside: "Rapport annuel 2024 — 3"), or a bare page number.
QList<QList<bool>> runningFurniture(const QList<Page> &pages)
{
    QHash<QString, int> pagesWithKey;
    for (const Page &page : pages) {
        QSet<QString> seen;
        for (const Fragment &f : page.fragments) {
            if (inRunningZone(f.rect, page.size))
                seen.insert(runningKey(f.text));
        }
        for (const QString &key : seen)
            ++pagesWithKey[key];
    }
    QList<QList<bool>> out;
    for (const Page &page : pages) {
        QList<bool> flags;
        for (const Fragment &f : page.fragments) {
            flags.append(inRunningZone(f.rect, page.size)
                         && (isPageNumber(f.text)
                             || (pages.size() > 1 && pagesWithKey.value(runningKey(f.text)) > 1)));
        }
        out.append(flags);
    }
    return out;
}

// Groups fragments whose vertical extents overlap into lines, top to bottom, each left to right.
QList<Line> groupLines(QList<const Fragment *> fragments)
{
    std::stable_sort(fragments.begin(), fragments.end(),
                     [](const Fragment *a, const Fragment *b) { return a->rect.top() < b->rect.top(); });
    QList<Line> lines;
    for (const Fragment *f : fragments) {
        const double middle = f->rect.center().y();
        if (!lines.isEmpty() && middle > lines.last().rect.top() && middle < lines.last().rect.bottom()) {
            Line &line = lines.last();
            line.cells.append(f);
            line.rect = line.rect.united(f->rect);
            continue;
        }
        lines.append(Line {f, {f}, f->rect, 0, 0});
    }
    for (Line &line : lines) {
        std::stable_sort(line.cells.begin(), line.cells.end(), [](const Fragment *a, const Fragment *b) {
            return a->rect.left() < b->rect.left();
        });
        line.first = line.cells.first();
    }
    return lines;
}

// The x of the gutter of a two-column page, or -1: a vertical line that few fragments cross,
// with prose (fragments wider than a quarter of the page) on both sides.
double findGutter(const QList<const Fragment *> &fragments, double width)
{
    if (fragments.size() < 6)
        return -1;
    double best = -1;
    qsizetype bestCross = fragments.size();
    for (double g = width * 0.3; g <= width * 0.7; g += 2) {
        qsizetype left = 0, right = 0, cross = 0;
        double leftWidth = 0, rightWidth = 0, leftMax = 0, rightMax = 0;
        for (const Fragment *f : fragments) {
            if (f->rect.right() <= g) {
                ++left;
                leftWidth += f->rect.width();
                leftMax = std::max(leftMax, f->rect.width());
            } else if (f->rect.left() >= g) {
                ++right;
                rightWidth += f->rect.width();
                rightMax = std::max(rightMax, f->rect.width());
            } else {
                ++cross;
            }
        }
        // Prose in one column, and lines as wide in the other (a last column may hold a line or
        // two): table cells are narrow on both sides.
        const bool prose = left + right >= 4 && left > 0 && right > 0
            && ((leftWidth / left >= width * 0.25 && rightMax >= width * 0.25)
                || (rightWidth / right >= width * 0.25 && leftMax >= width * 0.25));
        if (!prose)
            continue;
        if (cross < bestCross
            || (cross == bestCross && std::abs(g - width / 2) < std::abs(best - width / 2))) {
            bestCross = cross;
            best = g;
        }
    }
    return best >= 0 && bestCross * 4 <= fragments.size() ? best : -1;
}

double rightmost(const QList<Line> &lines)
{
    double r = 0;
    for (const Line &l : lines)
        r = std::max(r, l.rect.right());
    return r;
}

// The body lines of a page in reading order: on a two-column page, each band between
// full-width lines gives its left column, then its right column.
QList<Line> orderPage(const QList<const Fragment *> &body, double width)
{
    const double gutter = findGutter(body, width);
    QList<Line> lines = groupLines(body);
    QList<double> heights;
    for (const Fragment *f : body)
        heights.append(f->rect.height());
    std::sort(heights.begin(), heights.end());
    const double typical = heights.isEmpty() ? 0 : heights[heights.size() / 2];
    for (Line &l : lines)
        l.typicalHeight = typical;
    if (gutter < 0) {
        const double right = rightmost(lines);
        for (Line &l : lines)
            l.columnRight = right;
        return lines;
    }
    QList<Line> out, left, rightColumn;
    auto flush = [&] {
        const double leftEdge = rightmost(left), rightEdge = rightmost(rightColumn);
        for (Line &l : left)
            l.columnRight = leftEdge;
        for (Line &l : rightColumn)
            l.columnRight = rightEdge;
        out += left;
        out += rightColumn;
        left.clear();
        rightColumn.clear();
    };
    for (const Line &line : lines) {
        if (line.rect.left() < gutter && line.rect.right() > gutter
            && std::any_of(line.cells.begin(), line.cells.end(), [gutter](const Fragment *f) {
                   return f->rect.left() < gutter && f->rect.right() > gutter;
               })) {
            flush();
            Line full = line;
            full.columnRight = full.rect.right();
            out.append(full);
            continue;
        }
        QList<const Fragment *> l, r;
        for (const Fragment *f : line.cells)
            (f->rect.right() <= gutter ? l : r).append(f);
        for (auto [cells, column] : {std::pair {&l, &left}, std::pair {&r, &rightColumn}}) {
            if (cells->isEmpty())
                continue;
            QRectF rect;
            for (const Fragment *f : *cells)
                rect = rect.united(f->rect);
            column->append(Line {cells->first(), *cells, rect, 0, typical});
        }
    }
    flush();
    return out;
}

bool endsSentence(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return true;
    const QChar c = t.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'»' || c == u'"' || c == u'…';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010) || c == QChar(0x0002);
}

// "généra-" (a letter before the hyphen), not a dash standing between two words.
bool endsWithHyphenatedWord(QStringView text)
{
    return text.size() >= 2 && isHyphen(text.back()) && text[text.size() - 2].isLetter();
}

bool startsLowercase(QStringView text)
{
    const QStringView t = text.trimmed();
    return !t.isEmpty() && t.front().isLower();
}

class Writer
{
public:
    PdfLayout::Result result;

    void paragraphBreak()
    {
        if (!result.text.isEmpty() && !result.text.endsWith(u'\n'))
            result.text += QStringLiteral("\n\n");
        m_open = false;
    }

    // Appends a line to the current paragraph (joining a hyphenated word) or starts one.
    void appendLine(const Line &line, bool join)
    {
        if (join && m_open) {
            if (endsWithHyphenatedWord(result.text) && startsLowercase(line.first->text))
                dropLastCharacter();
            else
                result.text += u' ';
        } else {
            paragraphBreak();
        }
        for (qsizetype i = 0; i < line.cells.size(); ++i) {
            if (i > 0)
                result.text += u'\t';
            appendFragment(*line.cells[i]);
        }
        m_open = true;
    }

    void appendFurniture(const Fragment &f)
    {
        paragraphBreak();
        const qsizetype start = result.text.size();
        appendFragment(f);
        result.furniture.append({start, result.text.size()});
        paragraphBreak();
    }

private:
    void appendFragment(const Fragment &f)
    {
        const qint32 base = qint32(result.text.size());
        result.text += f.text;
        for (SourceSpan s : f.spans) {
            s.textStart += base;
            result.spans.append(s);
        }
    }

    void dropLastCharacter()
    {
        result.text.chop(1);
        const qint32 end = qint32(result.text.size());
        if (!result.spans.isEmpty() && result.spans.last().textStart + result.spans.last().length > end)
            result.spans.last().length = std::max<qint32>(0, end - result.spans.last().textStart);
    }

    bool m_open = false;
};

// Whether `line` goes on with the paragraph of `prev`. Boxes are those of the glyphs drawn
// (a line without accents or descenders is shorter), so sizes are compared loosely and the
// spacing is measured between the lines' middles, against the page's typical line height.
bool continues(const Line &prev, const Line &line)
{
    if (prev.cells.size() > 1 || line.cells.size() > 1)
        return false;
    const QString &before = prev.first->text;
    const double width = std::max(prev.columnRight - prev.rect.left(), 1.0);
    const bool prevFull = prev.rect.right() >= prev.columnRight - 0.12 * width;
    const double ratio = std::max(prev.rect.height(), line.rect.height())
        / std::max(std::min(prev.rect.height(), line.rect.height()), 0.1);
    if (ratio > 1.6) // another type size: a heading, a caption
        return false;
    const double pitch = line.rect.center().y() - prev.rect.center().y();
    if (pitch < 0) // a new column or page: a paragraph goes on from a full line
        return prevFull && !endsSentence(before);
    if (pitch > 1.9 * std::max(prev.typicalHeight, 1.0))
        return false;
    if (endsSentence(before) && !prevFull)
        return false;
    return true;
}

} // namespace

PdfLayout::Result PdfLayout::build(const QList<Page> &pages)
{
    const QList<QList<bool>> furniture = runningFurniture(pages);
    Writer w;
    Line prev;
    bool havePrev = false;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const Page &page = pages[p];
        QList<const Fragment *> body, header, footer;
        for (qsizetype i = 0; i < page.fragments.size(); ++i) {
            const Fragment &f = page.fragments[i];
            if (f.text.trimmed().isEmpty())
                continue;
            if (furniture[p][i])
                (f.rect.top() < page.size.height() / 2 ? header : footer).append(&f);
            else
                body.append(&f);
        }
        for (const Fragment *f : header)
            w.appendFurniture(*f);
        // A running header between two pages ends the paragraph: its text stands between them.
        if (!header.isEmpty())
            havePrev = false;
        for (const Line &line : orderPage(body, page.size.width())) {
            w.appendLine(line, havePrev && continues(prev, line));
            prev = line;
            havePrev = true;
        }
        for (const Fragment *f : footer)
            w.appendFurniture(*f);
        if (!footer.isEmpty())
            havePrev = false;
    }
    while (w.result.text.endsWith(u'\n'))
        w.result.text.chop(1);
    return w.result;
}
