// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationpanel.h"

#include "display/claimtext.h"
#include "extraction/typedinput.h"

#include "display/frenchformat.h"
#include "domain/claimstatus.h"
#include "extraction/numberreader.h"
#include "index/claimindex.h"
#include "project/projectdocument.h"
#include "text/claimcontext.h"
#include "text/frenchdates.h"
#include "text/textutil.h"

#include <QAction>
#include <QActionGroup>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kTypingDelayMs = 800;

QString joinedLines(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(u'\n');
}

QLabel *sectionLabel()
{
    auto *label = new QLabel;
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

VerificationPanel::VerificationPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_readOnly = new QLabel;
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; border-radius: 3px; }"));
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    addStatusSection(layout);
    addNoteSections(layout);
    addCorrectionSection(layout);
    addHistorySection(layout);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    retranslate();
    refresh();
}

void VerificationPanel::addStatusSection(QVBoxLayout *layout)
{
    // Status: one button per status, each the face of an action with its shortcut.
    m_statusLabel = sectionLabel();
    layout->addWidget(m_statusLabel);
    m_statusGroup = new QActionGroup(this);
    m_statusGroup->setExclusive(true);
    auto *statusRow = new QGridLayout;
    statusRow->setSpacing(3);
    const Qt::Key keys[] = {Qt::Key_0, Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    const char *names[]
        = {"statusToCheck", "statusVerified", "statusDisputed", "statusWrong", "statusNotAClaim"};
    for (int i = 0; i < ClaimStatusText::kCount; ++i) {
        const auto status = ClaimStatus(i);
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(names[i]));
        action->setCheckable(true);
        action->setIcon(QIcon(QPixmap::fromImage(ClaimStatusText::icon(status, 16, devicePixelRatioF()))));
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
        action->setShortcutContext(Qt::WindowShortcut);
        m_statusGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] { applyStatus(status); });
        m_statusActions.append(action);
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // To check, Verified, Disputed on the first row; Wrong, Not a claim on the second.
        statusRow->addWidget(button, i / 3, i % 3);
        m_statusButtons.append(button);
    }
    layout->addLayout(statusRow);
    m_checkedBy = new QLabel;
    m_checkedBy->setWordWrap(true);
    layout->addWidget(m_checkedBy);
}

void VerificationPanel::addNoteSections(QVBoxLayout *layout)
{
    // Note and references: saved as one types (after a short pause, or on leaving the field).
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingDelayMs);
    connect(m_typingTimer, &QTimer::timeout, this, &VerificationPanel::commitPending);
    m_noteLabel = sectionLabel();
    layout->addWidget(m_noteLabel);
    m_note = new QPlainTextEdit;
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(60);
    m_noteLabel->setBuddy(m_note);
    layout->addWidget(m_note, 2);
    m_referencesLabel = sectionLabel();
    layout->addWidget(m_referencesLabel);
    m_references = new QPlainTextEdit;
    m_references->setTabChangesFocus(true);
    m_references->setMinimumHeight(44);
    m_referencesLabel->setBuddy(m_references);
    layout->addWidget(m_references, 1);
    for (QPlainTextEdit *edit : {m_note, m_references}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_refreshing)
                m_typingTimer->start();
        });
        edit->installEventFilter(this);
    }
}

void VerificationPanel::addCorrectionSection(QVBoxLayout *layout)
{
    // Correction: what the article says, and what it should say.
    m_correctionLabel = sectionLabel();
    layout->addWidget(m_correctionLabel);
    m_correctionTimer = new QTimer(this);
    m_correctionTimer->setSingleShot(true);
    m_correctionTimer->setInterval(kTypingDelayMs);
    connect(m_correctionTimer, &QTimer::timeout, this, [this] { applyCorrection(true); });
    m_original = new QLabel;
    m_original->setWordWrap(true);
    m_original->setTextFormat(Qt::PlainText);
    layout->addWidget(m_original);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLineEdit **edit : {&m_value, &m_unit, &m_date, &m_metric}) {
        *edit = new QLineEdit;
        auto *label = new QLabel;
        label->setBuddy(*edit);
        m_fieldLabels.append(label);
        form->addRow(label, *edit);
        connect(*edit, &QLineEdit::returnPressed, this, [this] { applyCorrection(); });
        // Saved as one types, like the note.
        connect(*edit, &QLineEdit::textEdited, this, [this] {
            if (!m_refreshing)
                m_correctionTimer->start();
        });
        (*edit)->installEventFilter(this);
    }
    layout->addLayout(form);
    // A metric is picked by its name, those of the bilan's metrics offered as one types (the
    // list follows the document: updateMetricNames()).
    m_metricNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_metricNames, m_metric);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_metric->setCompleter(completer);
    auto *correctionButtons = new QHBoxLayout;
    m_applyCorrection = new QPushButton;
    m_clearCorrection = new QPushButton;
    connect(m_applyCorrection, &QPushButton::clicked, this, [this] { applyCorrection(); });
    connect(m_clearCorrection, &QPushButton::clicked, this, &VerificationPanel::clearCorrection);
    correctionButtons->addStretch();
    correctionButtons->addWidget(m_clearCorrection);
    correctionButtons->addWidget(m_applyCorrection);
    layout->addLayout(correctionButtons);
}

void VerificationPanel::addHistorySection(QVBoxLayout *layout)
{
    m_historyLabel = sectionLabel();
    layout->addWidget(m_historyLabel);
    m_history = new QTreeWidget;
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(3);
    m_history->setAlternatingRowColors(true);
    m_history->setMinimumHeight(90);
    m_history->header()->setStretchLastSection(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_history, 2);
}

void VerificationPanel::retranslate()
{
    const QString labels[]
        = {tr("To &check"), tr("&Verified"), tr("&Disputed"), tr("&Wrong"), tr("&Not a claim")};
    const QString accessible[] = {tr("Mark as to check"), tr("Mark as verified"), tr("Mark as disputed"),
                                  tr("Mark as wrong"), tr("Mark as not a claim")};
    for (int i = 0; i < m_statusActions.size(); ++i) {
        m_statusActions[i]->setText(labels[i]);
        m_statusActions[i]->setToolTip(accessible[i] + QStringLiteral(" (")
                                       + m_statusActions[i]->shortcut().toString(QKeySequence::NativeText)
                                       + u')');
        m_statusButtons[i]->setAccessibleName(accessible[i]);
    }
    m_statusLabel->setText(tr("Status"));
    m_noteLabel->setText(tr("N&ote"));
    m_note->setPlaceholderText(tr("How the figure was checked, with whom, what remains open…"));
    m_note->setAccessibleName(tr("Note"));
    m_referencesLabel->setText(tr("&References"));
    m_references->setPlaceholderText(tr("One per line: the URL or document the figure was checked against"));
    m_references->setAccessibleName(tr("References"));
    m_correctionLabel->setText(tr("Correction"));
    const QString fields[] = {tr("Va&lue:"), tr("U&nit:"), tr("Dat&e:"), tr("&Metric:")};
    for (int i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels[i]->setText(fields[i]);
    m_value->setPlaceholderText(tr("e.g. 3,6 millions"));
    m_value->setAccessibleName(tr("Corrected value"));
    m_unit->setPlaceholderText(tr("e.g. MAD, %, bénéficiaires"));
    m_unit->setAccessibleName(tr("Corrected unit"));
    m_date->setPlaceholderText(tr("e.g. mars 2025 or 2025-03-31"));
    m_date->setAccessibleName(tr("Corrected date"));
    m_metric->setAccessibleName(tr("Corrected metric"));
    m_applyCorrection->setText(tr("&Apply Correction"));
    m_clearCorrection->setText(tr("Remove Correction"));
    m_historyLabel->setText(tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Change")});
    m_history->setAccessibleName(tr("History of the claim"));
    refresh();
}

void VerificationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool VerificationPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the note, the references or a correction field saves them.
    if (event->type() == QEvent::FocusOut
        && (watched == m_note || watched == m_references || watched == m_value || watched == m_unit
            || watched == m_date || watched == m_metric))
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void VerificationPanel::setDocument(ProjectDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_keys.clear();
    m_article = nullptr;
    m_claim = nullptr;
    if (m_doc) {
        connect(m_doc, &ProjectDocument::annotationChanged, this, [this](const ClaimKey &key) {
            if (m_keys.contains(key))
                refresh();
        });
    }
    refresh();
}

void VerificationPanel::setSelection(const QList<ClaimKey> &keys, const Article *article, const Claim *claim)
{
    commitPending();
    const bool moved = keys != m_keys;
    m_keys = keys;
    m_article = article;
    m_claim = claim;
    m_selectionMoved = moved;
    refresh();
    m_selectionMoved = false;
}

int VerificationPanel::typingDelay()
{
    return kTypingDelayMs;
}

void VerificationPanel::setEditable(bool editable)
{
    for (QAction *a : std::as_const(m_statusActions))
        a->setEnabled(editable);
    const bool single = editable && m_keys.size() == 1;
    for (QWidget *w : std::initializer_list<QWidget *> {m_note, m_references, m_value, m_unit, m_date,
                                                        m_metric, m_applyCorrection, m_clearCorrection})
        w->setEnabled(single);
}

void VerificationPanel::updateMetricNames()
{
    const qsizetype count = m_doc ? m_doc->metrics().metrics().size() : -1;
    if (m_doc.data() == m_metricNamesOf && count == m_metricNamesCount)
        return;
    m_metricNamesOf = m_doc.data();
    m_metricNamesCount = count;
    m_metricNames->setStringList(m_doc ? m_doc->metricNames() : QStringList());
}

void VerificationPanel::refresh()
{
    updateMetricNames();
    m_refreshing = true;
    const bool has = m_doc && !m_keys.isEmpty() && m_claim && m_article;
    const bool readOnly = m_doc && m_doc->isReadOnly();
    m_readOnly->setVisible(readOnly);
    if (readOnly)
        m_readOnly->setText(tr("Read-only: %1. Changes cannot be saved.").arg(m_doc->readOnlyReason()));
    setEditable(has && !readOnly);
    if (!has) {
        showNoClaim();
        m_refreshing = false;
        return;
    }
    const Annotation a = m_doc->annotation(m_keys.first());
    showHeading();
    for (int i = 0; i < m_statusActions.size(); ++i)
        m_statusActions[i]->setChecked(m_keys.size() == 1 && int(a.status) == i);
    if (a.updatedBy.isEmpty())
        m_checkedBy->setText(a.manual ? tr("Added by hand.") : tr("Not checked yet."));
    else
        m_checkedBy->setText(tr("%1 by %2, %3")
                                 .arg(ClaimStatusText::label(a.status), a.updatedBy,
                                      QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_keys.size() == 1) {
        showAnnotation(a);
    } else {
        m_note->clear();
        m_references->clear();
        m_original->clear();
        for (QLineEdit *e : {m_value, m_unit, m_date, m_metric})
            e->clear();
    }
    m_refreshing = false;
    refreshHistory();
}

void VerificationPanel::showNoClaim()
{
    m_heading->setText(m_doc ? tr("Select a claim to verify it.") : tr("No project is open."));
    m_note->clear();
    m_references->clear();
    for (QLineEdit *e : {m_value, m_unit, m_date, m_metric})
        e->clear();
    m_original->clear();
    m_checkedBy->clear();
    m_history->clear();
    const QSignalBlocker block(m_statusGroup);
    for (QAction *a : std::as_const(m_statusActions))
        a->setChecked(false);
}

void VerificationPanel::showHeading()
{
    if (m_keys.size() > 1) {
        m_heading->setText(
            tr("%n claim(s) selected: a status applies to all of them.", nullptr, int(m_keys.size())));
        return;
    }
    const QString figure = TextUtil::simplified(
        QStringView(m_article->text).mid(m_claim->start, m_claim->end - m_claim->start));
    m_heading->setText(QStringLiteral("<big><b>%1</b></big><br>%2 · §%3")
                           .arg(figure.toHtmlEscaped(), ClaimText::source(*m_article).toHtmlEscaped())
                           .arg(m_claim->paragraph + 1));
}

void VerificationPanel::showAnnotation(const Annotation &a)
{
    // Never overwrite what the journalist is typing.
    if (!m_note->hasFocus() && m_note->toPlainText() != a.note)
        m_note->setPlainText(a.note);
    const QString refs = a.references.join(u'\n');
    if (!m_references->hasFocus() && joinedLines(m_references) != refs)
        m_references->setPlainText(refs);
    m_original->setText(tr("The article says: %1%2")
                            .arg(FrenchFormat::value(*m_claim),
                                 m_claim->asOf.isNull()
                                     ? QString()
                                     : QStringLiteral(", ") + FrenchFormat::date(m_claim->asOf)));
    showCorrection(a.correction);
}

void VerificationPanel::showCorrection(const ClaimCorrection &c)
{
    // Never overwrite the correction being typed, unless the selection moved.
    auto show = [this](QLineEdit *edit, const QString &text) {
        if (edit->text() != text && (m_selectionMoved || !edit->hasFocus()))
            edit->setText(text);
    };
    if (m_selectionMoved || !m_correctionTimer->isActive()) {
        show(m_value, std::isnan(c.value) ? QString() : FrenchFormat::number(c.value, 6));
        show(m_unit, c.unit);
        show(m_date, c.asOf.isNull() ? QString() : c.asOf.toIso());
        show(m_metric, c.metric.isEmpty() ? QString() : m_doc->metricLabel(c.metric));
    }
    // What the article says, under each field left empty.
    m_value->setPlaceholderText(FrenchFormat::number(m_claim->value, 6));
    m_unit->setPlaceholderText(m_claim->unit);
    m_date->setPlaceholderText(m_claim->asOf.isNull() ? tr("e.g. mars 2025 or 2025-03-31")
                                                      : m_claim->asOf.toIso());
    m_metric->setPlaceholderText(m_claim->metric.isEmpty() ? tr("a metric's name")
                                                           : m_doc->metricLabel(m_claim->metric));
    m_metric->setToolTip(m_claim->metric.isEmpty()
                             ? tr("No metric: this figure takes part in no consistency check. Type a "
                                  "metric's name to compare it with that metric's figures.")
                             : m_doc->metricLabel(m_claim->metric));
}

void VerificationPanel::refreshHistory()
{
    m_history->clear();
    if (!m_doc || m_keys.size() != 1)
        return;
    const QList<HistoryEntry> entries = m_doc->history(m_keys.first());
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QString change;
        if (it->field == u"status") {
            bool okOld = false, okNew = false;
            const ClaimStatus from = ClaimStatusText::fromName(it->oldValue, &okOld);
            const ClaimStatus to = ClaimStatusText::fromName(it->newValue, &okNew);
            change = tr("Status: %1 → %2")
                         .arg(okOld ? ClaimStatusText::label(from) : it->oldValue,
                              okNew ? ClaimStatusText::label(to) : it->newValue);
        } else if (it->field == u"note") {
            change = tr("Note: %1")
                         .arg(it->newValue.isEmpty() ? tr("(removed)") : TextUtil::simplified(it->newValue));
        } else if (it->field == u"references") {
            change = tr("References: %1")
                         .arg(it->newValue.isEmpty()
                                  ? tr("(removed)")
                                  : QString(it->newValue).replace(u'\n', QStringLiteral(", ")));
        } else if (it->field == u"correction") {
            change = tr("Correction: %1 → %2")
                         .arg(it->oldValue.isEmpty() ? tr("(none)") : it->oldValue,
                              it->newValue.isEmpty() ? tr("(none)") : it->newValue);
        } else if (it->field == u"manual") {
            change = it->newValue == u"added" ? tr("Added by hand") : tr("Removed");
        } else if (it->field == u"anchor") {
            change = tr("Re-attached after a new extraction");
        } else {
            change = it->field + QStringLiteral(": ") + it->newValue;
        }
        auto *item = new QTreeWidgetItem(
            {QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat), it->who, change});
        item->setToolTip(2, change);
        items.append(item);
    }
    m_history->addTopLevelItems(items);
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

bool VerificationPanel::reported(const Result<void> &result)
{
    if (!result)
        Q_EMIT problem(tr("The change could not be saved"), result.error());
    return result.ok();
}

void VerificationPanel::applyStatus(ClaimStatus status)
{
    if (!m_doc || m_keys.isEmpty())
        return;
    commitPending();
    if (!reported(m_doc->setStatus(m_keys, status)))
        return;
    refresh();
    Q_EMIT statusApplied(status);
}

void VerificationPanel::commitPending()
{
    if (m_correctionTimer->isActive()) {
        m_correctionTimer->stop();
        applyCorrection(true);
    }
    m_typingTimer->stop();
    if (!m_doc || m_keys.size() != 1 || m_doc->isReadOnly())
        return;
    const Annotation a = m_doc->annotation(m_keys.first());
    const QString note = m_note->toPlainText().trimmed();
    if (note != a.note && !reported(m_doc->setNote(m_keys.first(), note)))
        return;
    const QString refs = joinedLines(m_references);
    if (refs != a.references.join(u'\n'))
        reported(m_doc->setReferences(m_keys.first(), refs.isEmpty() ? QStringList() : refs.split(u'\n')));
}

void VerificationPanel::applyCorrection(bool typing)
{
    m_correctionTimer->stop();
    if (!m_doc || m_keys.size() != 1 || m_doc->isReadOnly())
        return;
    // A field Bilan cannot read: said; while typing, the focus stays where it is.
    auto refuse = [this, typing](QLineEdit *edit, const QString &message) {
        if (!typing) {
            edit->setFocus();
            edit->selectAll();
        }
        m_checkedBy->setText(message);
    };
    ClaimCorrection c;
    if (!m_value->text().trimmed().isEmpty()) {
        c.value = TypedInput::value(m_value->text());
        if (std::isnan(c.value)) {
            refuse(m_value, tr("“%1” is not a number Bilan can read.").arg(m_value->text()));
            return;
        }
    }
    c.unit = m_unit->text().trimmed();
    if (!m_date->text().trimmed().isEmpty()) {
        c.asOf = TypedInput::date(m_date->text());
        if (c.asOf.isNull()) {
            refuse(m_date, tr("“%1” is not a date Bilan can read.").arg(m_date->text()));
            return;
        }
    }
    const QString typedMetric = m_metric->text().trimmed();
    c.metric = m_doc->metricNamed(typedMetric);
    if (!typedMetric.isEmpty() && c.metric.isEmpty()) {
        refuse(m_metric,
               tr("“%1” is not the name of a metric of this bilan: pick one of the names offered "
                  "as you type.")
                   .arg(typedMetric));
        return;
    }
    const ClaimCorrection before = m_doc->annotation(m_keys.first()).correction;
    c.high = before.high;
    if (c == before)
        return;
    const auto corrected = m_doc->setCorrection(m_keys.first(), c);
    if (!corrected) {
        refuse(m_metric, corrected.error());
        return;
    }
    refresh();
}

void VerificationPanel::clearCorrection()
{
    if (!m_doc || m_keys.size() != 1)
        return;
    if (reported(m_doc->setCorrection(m_keys.first(), ClaimCorrection {})))
        refresh();
}
