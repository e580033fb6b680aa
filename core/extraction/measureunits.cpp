// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/measureunits.h"

#include "text/textutil.h"

namespace {

struct Entry
{
    QStringView written; // a symbol as written, or a folded word
    QStringView canonical;
    double factor;
};

// Symbols, case-sensitive; longer first where one starts another ("MWh" before "MW"). ("MT" is
// how port statistics write millions of tonnes, "19,4 MT"; "T" how fisheries statistics write
// tonnes, "5.083 T".)
constexpr Entry kSymbols[] = {
    {u"Mm³", u"m3", 1e6},   {u"Mm3", u"m3", 1e6}, {u"hm³", u"m3", 1e6},   {u"hm3", u"m3", 1e6},
    {u"km³", u"m3", 1e9},   {u"km3", u"m3", 1e9}, {u"m³", u"m3", 1},      {u"m3", u"m3", 1},
    {u"km²", u"km2", 1},    {u"km2", u"km2", 1},  {u"m²", u"m2", 1},      {u"m2", u"m2", 1},
    {u"MWc", u"MW", 1},     {u"MWp", u"MW", 1},   {u"GWc", u"MW", 1000},  {u"kWc", u"MW", 0.001},
    {u"MWh", u"GWh", 1e-3}, {u"GWh", u"GWh", 1},  {u"TWh", u"GWh", 1000}, {u"kWh", u"kWh", 1},
    {u"MW", u"MW", 1},      {u"GW", u"MW", 1000}, {u"kW", u"MW", 0.001},  {u"TW", u"MW", 1e6},
    {u"Mt", u"t", 1e6},     {u"MT", u"t", 1e6},   {u"kt", u"t", 1000},    {u"qx", u"quintaux", 1},
    {u"ha", u"ha", 1},      {u"km", u"km", 1},    {u"mm", u"mm", 1},      {u"°C", u"°C", 1},
    {u"° C", u"°C", 1},     {u"t", u"t", 1},      {u"T", u"t", 1},
};

// Folded words (lower case, no accents), longer first.
constexpr Entry kWords[] = {
    {u"hectometres cubes", u"m3", 1e6},
    {u"metres cubes", u"m3", 1},
    {u"metre cube", u"m3", 1},
    {u"kilometres carres", u"km2", 1},
    {u"kilometre carre", u"km2", 1},
    {u"metres carres", u"m2", 1},
    {u"metre carre", u"m2", 1},
    {u"hectares", u"ha", 1},
    {u"hectare", u"ha", 1},
    {u"tonnes", u"t", 1},
    {u"tonne", u"t", 1},
    {u"quintaux", u"quintaux", 1},
    {u"quintal", u"quintaux", 1},
    {u"megawattheures", u"GWh", 1e-3},
    {u"megawatts-heure", u"GWh", 1e-3},
    {u"megawattheure", u"GWh", 1e-3},
    {u"gigawattheures", u"GWh", 1},
    {u"gigawatts-heure", u"GWh", 1},
    {u"gigawattheure", u"GWh", 1},
    {u"terawattheures", u"GWh", 1000},
    {u"terawatts-heure", u"GWh", 1000},
    {u"kilowattheures", u"kWh", 1},
    {u"kilowatts-heure", u"kWh", 1},
    {u"kilowattheure", u"kWh", 1},
    {u"megawatts", u"MW", 1},
    {u"megawatt", u"MW", 1},
    {u"megawats", u"MW", 1},
    {u"megawat", u"MW", 1},
    {u"gigawatts", u"MW", 1000},
    {u"gigawatt", u"MW", 1000},
    {u"kilowatts", u"MW", 0.001},
    {u"kilowatt", u"MW", 0.001},
    {u"kilometres", u"km", 1},
    {u"kilometre", u"km", 1},
    {u"millimetres", u"mm", 1},
    {u"millimetre", u"mm", 1},
    {u"degres celsius", u"°C", 1},
    {u"degres", u"°C", 1},
    {u"litres", u"litres", 1},
    {u"litre", u"litres", 1},
    // A volume of oil: "2,94 millions de barils de pétrole brut" measures the pétrole, as tonnes of
    // wheat measure the wheat.
    {u"barils", u"barils", 1},
    {u"baril", u"barils", 1},
};

bool boundary(QStringView text, qsizetype at)
{
    return at >= text.size() || !(text[at].isLetterOrNumber() || text[at] == u'³' || text[at] == u'²');
}

} // namespace

MeasureUnit MeasureUnits::at(QStringView text, qsizetype i)
{
    i = TextUtil::skipSpaces(text, i);
    if (i >= text.size())
        return {};
    const QChar first = text[i];
    if (!first.isLetter() && first != u'°')
        return {};
    // (The first character turns most entries away before a comparison is made.)
    for (const Entry &e : kSymbols) {
        if (e.written.front() == first && text.mid(i, e.written.size()) == e.written
            && boundary(text, i + e.written.size()))
            return MeasureUnit {e.canonical.toString(), e.factor, e.written.toString(), i + e.written.size()};
    }
    // Words: fold what follows (the folding keeps Latin text's length).
    const QStringView ahead = text.mid(i, 24);
    char16_t folded[24];
    for (qsizetype k = 0; k < ahead.size(); ++k)
        folded[k] = TextUtil::foldChar(ahead[k].unicode());
    const QStringView f(folded, ahead.size());
    for (const Entry &e : kWords) {
        if (e.written.front() == f.front() && f.startsWith(e.written) && boundary(text, i + e.written.size()))
            return MeasureUnit {e.canonical.toString(), e.factor, text.mid(i, e.written.size()).toString(),
                                i + e.written.size()};
    }
    return {};
}
