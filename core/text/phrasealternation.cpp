// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/phrasealternation.h"

namespace {

// Walks a pattern one token at a time, keeping track of groups and character classes, and
// calls `visit(index, depth)` for each character outside a class and not escaped.
template<typename Visit> void walk(QStringView pattern, Visit visit)
{
    int depth = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\') {
            ++i; // an escaped character, whatever it is
        } else if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
        } else {
            if (c == u')')
                --depth;
            if (!visit(i, depth))
                return;
            if (c == u'(')
                ++depth;
        }
    }
}

std::optional<QStringList> expandAlternation(QStringView p, qsizetype &i, qsizetype limit);

// A sequence of atoms up to the next '|' or ')' at this level: the product of their phrases.
std::optional<QStringList> expandSequence(QStringView p, qsizetype &i, qsizetype limit)
{
    QStringList out {QString()};
    while (i < p.size() && p[i] != u'|' && p[i] != u')') {
        QStringList atom;
        const QChar c = p[i];
        if (c == u'(') {
            if (!p.mid(i).startsWith(u"(?:"))
                return std::nullopt;
            i += 3;
            auto inner = expandAlternation(p, i, limit);
            if (!inner || i >= p.size() || p[i] != u')')
                return std::nullopt;
            ++i;
            atom = *inner;
        } else if (c == u'\\') {
            if (i + 1 >= p.size() || p[i + 1].isLetterOrNumber())
                return std::nullopt; // \d, \s, \b, \p{…}, back references: not a phrase
            atom = {QString(p[i + 1])};
            i += 2;
        } else if (QStringView(u".[]{}*+^$").contains(c)) {
            return std::nullopt;
        } else {
            atom = {QString(c)};
            ++i;
        }
        if (i < p.size() && p[i] == u'?') {
            atom.append(QString());
            ++i;
            if (i < p.size() && (p[i] == u'?' || p[i] == u'+'))
                ++i; // a lazy or possessive '?': the same phrases
        }
        if (i < p.size() && QStringView(u"*+{").contains(p[i]))
            return std::nullopt;
        QStringList product;
        for (const QString &head : std::as_const(out))
            for (const QString &tail : std::as_const(atom))
                product.append(head + tail);
        if (product.size() > limit)
            return std::nullopt;
        out = product;
    }
    return out;
}

std::optional<QStringList> expandAlternation(QStringView p, qsizetype &i, qsizetype limit)
{
    QStringList out;
    for (;;) {
        auto sequence = expandSequence(p, i, limit);
        if (!sequence)
            return std::nullopt;
        out += *sequence;
        if (out.size() > limit)
            return std::nullopt;
        if (i >= p.size() || p[i] != u'|')
            return out;
        ++i;
    }
}

} // namespace

QStringList PhraseAlternation::topLevelAlternatives(QStringView pattern)
{
    QStringList out;
    qsizetype from = 0;
    walk(pattern, [&](qsizetype i, int depth) {
        if (pattern[i] == u'|' && depth == 0) {
            out.append(pattern.mid(from, i - from).toString());
            from = i + 1;
        }
        return true;
    });
    out.append(pattern.mid(from).toString());
    return out;
}

bool PhraseAlternation::isOneGroup(QStringView pattern)
{
    if (!pattern.startsWith(u"(?:") || !pattern.endsWith(u')'))
        return false;
    bool whole = false;
    walk(pattern, [&](qsizetype i, int depth) {
        if (pattern[i] == u')' && depth == 0) {
            whole = i == pattern.size() - 1;
            return false;
        }
        return true;
    });
    return whole;
}

std::optional<QStringList> PhraseAlternation::expand(QStringView alternative, qsizetype limit)
{
    qsizetype i = 0;
    auto phrases = expandAlternation(alternative, i, limit);
    if (!phrases || i != alternative.size() || phrases->contains(QString()))
        return std::nullopt;
    return phrases;
}

QString PhraseAlternation::requiredLiteral(QStringView p)
{
    QString best, run;
    auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype i = 0; i < p.size();) {
        // One atom (a group, a class, an escape or a character), then its quantifier.
        qsizetype next = i + 1;
        bool plain = false;
        QChar literal;
        const QChar c = p[i];
        if (c == u'|') {
            return {}; // alternatives at this level: no run is required by all
        } else if (c == u'(' || c == u'[') {
            int depth = 0;
            bool inClass = false;
            for (next = i; next < p.size(); ++next) {
                const QChar d = p[next];
                if (d == u'\\') {
                    ++next;
                } else if (inClass) {
                    if (d == u']') {
                        inClass = false;
                        if (depth == 0) {
                            ++next;
                            break;
                        }
                    }
                } else if (d == u'[') {
                    inClass = true;
                } else if (d == u'(') {
                    ++depth;
                } else if (d == u')' && --depth == 0) {
                    ++next;
                    break;
                }
            }
        } else if (c == u'\\') {
            next = i + 2;
            plain = i + 1 < p.size() && !p[i + 1].isLetterOrNumber();
            literal = i + 1 < p.size() ? p[i + 1] : QChar();
        } else {
            plain = !QStringView(u".^$*+?{}").contains(c);
            literal = c;
        }
        bool optional = false, repeated = false;
        if (next < p.size() && QStringView(u"?*+{").contains(p[next])) {
            const QChar q = p[next];
            repeated = true;
            if (q == u'{') {
                optional = next + 1 < p.size() && p[next + 1] == u'0';
                const qsizetype close = p.indexOf(u'}', next);
                next = close < 0 ? p.size() : close + 1;
            } else {
                optional = q != u'+';
                ++next;
            }
            if (next < p.size() && (p[next] == u'?' || p[next] == u'+'))
                ++next; // lazy or possessive
        }
        if (plain && !optional) {
            run += literal;
            if (repeated)
                endRun(); // "a+b": "a" is required, but not right before "b"
        } else {
            endRun();
        }
        i = qMax(next, i + 1);
    }
    endRun();
    return best;
}

int PhraseAlternation::bucketOf(QChar a, QChar b, QChar c)
{
    return int((a.unicode() * 961u + b.unicode() * 31u + c.unicode()) % kBuckets);
}

PhraseAlternation::PhraseAlternation(const QStringList &alternatives,
                                     QRegularExpression::PatternOptions options)
{
    // Phrases and plain runs are compared as written: a pattern that ignores case or spaces
    // stays whole a regular expression.
    const bool literal = !(options & QRegularExpression::CaseInsensitiveOption)
        && !(options & QRegularExpression::ExtendedPatternSyntaxOption);
    QStringList rest;
    bool restLiterals = literal; // whether each alternative left to the expression has its run
    for (const QString &alternative : alternatives) {
        const auto phrases = literal ? expand(alternative) : std::nullopt;
        if (!phrases) {
            rest.append(QStringLiteral("(?:%1)").arg(alternative));
            // (An inline option, "(?i)", may change how the run is matched.)
            const QString run = requiredLiteral(alternative);
            const bool inlineOption
                = alternative.contains(QRegularExpression(QStringLiteral("\\(\\?[a-zA-Z^-]")));
            restLiterals = restLiterals && !inlineOption && run.size() >= 2;
            m_restLiterals.append(run);
            continue;
        }
        for (const QString &phrase : *phrases) {
            if (phrase.size() < 3)
                m_short.append(phrase);
            else {
                const int bucket = bucketOf(phrase[0], phrase[1], phrase[2]);
                m_phrases[bucket].append(phrase);
                m_used.set(bucket);
            }
        }
    }
    // One alternative without its run: every line goes to the expression.
    if (!restLiterals)
        m_restLiterals.clear();
    m_hasRest = !rest.isEmpty();
    if (m_hasRest)
        m_rest = QRegularExpression(rest.join(u'|'), options);
}

bool PhraseAlternation::matches(QStringView text) const
{
    for (const QString &phrase : m_short)
        if (text.contains(phrase))
            return true;
    const qsizetype n = text.size();
    const QChar *s = text.data();
    for (qsizetype i = 0; i + 2 < n; ++i) {
        const int bucket = bucketOf(s[i], s[i + 1], s[i + 2]);
        if (!m_used.test(bucket))
            continue;
        for (const QString &phrase : m_phrases[bucket])
            if (text.mid(i).startsWith(phrase))
                return true;
    }
    if (!m_hasRest)
        return false;
    if (!m_restLiterals.isEmpty()
        && std::none_of(m_restLiterals.cbegin(), m_restLiterals.cend(),
                        [text](const QString &literal) { return text.contains(literal); }))
        return false;
    return m_rest.match(text).hasMatch();
}
