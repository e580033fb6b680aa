// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/qualifierdetector.h"

#include <QTest>

// Every family of qualifier phrase, as the text before a figure ends with it: the detector
// tests first whether the text can end with a phrase at all, and must never skip one.
class tst_QualifierDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void before_data();
    void before();
};

Q_DECLARE_METATYPE(Qualifier)

void tst_QualifierDetector::before_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qualifier>("expected");
    const auto row = [](const char *text, Qualifier q) {
        QTest::newRow(text) << QString::fromUtf8(text) << q;
    };
    // More than.
    row("une production estimée, cette année, à ", Qualifier::About);
    row("une production estimée à ", Qualifier::About);
    row("le nombre a atteint plus de ", Qualifier::MoreThan);
    row("soit plus d'", Qualifier::MoreThan);
    row("un budget au-delà de ", Qualifier::MoreThan);
    row("un budget au delà des ", Qualifier::MoreThan);
    row("soit plus des ", Qualifier::MoreThan);
    row("le Maroc dépasse la barre des ", Qualifier::MoreThan);
    row("concentrent près des ", Qualifier::About);
    row("rassemble près du ", Qualifier::About);
    row("moins du ", Qualifier::LessThan);
    row("pas plus des ", Qualifier::AtMost);
    row("pas moins du ", Qualifier::AtLeast);
    row("les inscrits dépassent ", Qualifier::MoreThan);
    row("un total dépassant largement les ", Qualifier::MoreThan);
    row("les dépenses excèdent désormais ", Qualifier::MoreThan);
    row("le régime a franchi le cap des ", Qualifier::MoreThan);
    row("ont franchi la barre symbolique de ", Qualifier::MoreThan);
    row("a franchi ainsi le seuil d'", Qualifier::MoreThan);
    row("dépassant pour la première fois la barre des ", Qualifier::MoreThan);
    row("a franchi pour la deuxième fois le cap des ", Qualifier::MoreThan);
    row("un coût supérieur à ", Qualifier::MoreThan);
    row("des montants supérieurs aux ", Qualifier::MoreThan);
    row("au-dessus de ", Qualifier::MoreThan);
    row("davantage que ", Qualifier::MoreThan);
    row("a passé la barre des ", Qualifier::MoreThan);
    row("un écart > ", Qualifier::MoreThan);
    // Read from the last words: what stands before them, and how they are written, does not matter.
    row("les régions ont respectivement connu une hausse de 12,5 %, ", Qualifier::Exact);
    row("Łódź et Kraków comptent plus de ", Qualifier::MoreThan);
    row("soit plus d\u2019", Qualifier::MoreThan);
    row("soit plus d\u2019\u00a0\u00a0", Qualifier::MoreThan);
    row("Łódź: près de ", Qualifier::About);
    row("   un total de plus de      ", Qualifier::MoreThan);
    row("   ", Qualifier::Exact);
    row("", Qualifier::Exact);
    // At least.
    row("pas moins de ", Qualifier::AtLeast);
    row("au moins ", Qualifier::AtLeast);
    row("au minimum ", Qualifier::AtLeast);
    row("un minimum de ", Qualifier::AtLeast);
    // At most.
    row("pas plus de ", Qualifier::AtMost);
    row("tout au plus ", Qualifier::AtMost);
    row("au maximum ", Qualifier::AtMost);
    row("un maximum d'", Qualifier::AtMost);
    row("le reste à charge ne dépasse pas les ", Qualifier::AtMost);
    row("n'excède pas ", Qualifier::AtMost);
    row("une aide plafonnée à ", Qualifier::AtMost);
    row("dans la limite de ", Qualifier::AtMost);
    // About.
    row("près de ", Qualifier::About);
    row("près d'", Qualifier::About);
    row("environ ", Qualifier::About);
    row("quelque ", Qualifier::About);
    row("autour de ", Qualifier::About);
    row("approximativement ", Qualifier::About);
    row("un total avoisinant les ", Qualifier::About);
    row("s'approchant des ", Qualifier::About);
    row("un chiffre proche de ", Qualifier::About);
    row("de l'ordre de ", Qualifier::About);
    row("aux alentours de ", Qualifier::About);
    row("presque ", Qualifier::About);
    row("quasiment ", Qualifier::About);
    row("pratiquement ", Qualifier::About);
    row("grosso modo ", Qualifier::About);
    row("à peu près ", Qualifier::About);
    row("un coût estimé à ", Qualifier::About);
    row("des pertes évaluées à ", Qualifier::About);
    row("~", Qualifier::About);
    // Less than.
    row("moins de ", Qualifier::LessThan);
    row("moins d'", Qualifier::LessThan);
    row("un taux inférieur à ", Qualifier::LessThan);
    row("en deçà de ", Qualifier::LessThan);
    row("sous la barre des ", Qualifier::LessThan);
    row("sous le seuil de ", Qualifier::LessThan);
    row("un délai < ", Qualifier::LessThan);
    // Up to.
    row("des aides jusqu'à ", Qualifier::UpTo);
    row("jusqu’aux ", Qualifier::UpTo);
    row("pouvant aller jusqu'à ", Qualifier::UpTo);
    row("qui pourrait atteindre ", Qualifier::UpTo);
    // Exact: no qualifier, or a phrase that only looks like one.
    row("", Qualifier::Exact);
    row("le nombre de dossiers est de ", Qualifier::Exact);
    row("a reçu ", Qualifier::Exact);
    row("les ", Qualifier::Exact);
    row("à ", Qualifier::Exact);
    row("en plus de ", Qualifier::Exact);
    row("pas plus tard que ", Qualifier::Exact);
    row("la part des ", Qualifier::Exact);
    row("le montant d'", Qualifier::Exact);
    row("passe de ", Qualifier::Exact);
}

void tst_QualifierDetector::before()
{
    QFETCH(QString, text);
    QFETCH(Qualifier, expected);
    QCOMPARE(qualifierName(QualifierDetector::before(text)), qualifierName(expected));
}

QTEST_APPLESS_MAIN(tst_QualifierDetector)
#include "tst_qualifierdetector.moc"
