"""The customer's profile in tabs: who they are and their consent, the timeline of every
branch's documents, interactions and points, the interactions with a quick form to log one,
and the loyalty account with its alerts. Everything read by one use case on the worker
(``app.crm.page.customer_page``); every text translated; figures right-aligned and kept
left to right inside Arabic (ui/formatting.py)."""

from __future__ import annotations

import csv
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.crm.interactions import log_interaction, move_complaint
from erp_desktop.app.crm.page import CustomerPage, customer_page
from erp_desktop.app.crm.profiles import record_consent, save_profile
from erp_desktop.kernel.crm.interactions import ComplaintStatus, InteractionKind
from erp_desktop.kernel.crm.profile import Channel, national_format, normalize_phone
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, isolated, local_name, moment, money
from erp_desktop.ui.rows_model import RowsModel

NEXT_COMPLAINT_STATUS = {
    ComplaintStatus.OPEN: ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.IN_PROGRESS: ComplaintStatus.RESOLVED,
    ComplaintStatus.RESOLVED: ComplaintStatus.CLOSED,
    ComplaintStatus.REJECTED: ComplaintStatus.CLOSED,
}


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return table


def _phones(typed: str, numbers: tuple[str, ...], country: str) -> list[str]:
    """The customer's phones as people write them, each once (the one typed at the till
    and the profile's, which are kept in E.164)."""
    shown: dict[str, str] = {}
    for number in (typed, *numbers):
        if not number:
            continue
        try:
            e164 = number if number.startswith("+") else normalize_phone(number, country)
            shown.setdefault(e164, national_format(e164))
        except ValidationError:
            shown.setdefault(number, number)
    return list(shown.values())


class CustomerTabs(QTabWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: UUID | None = None
        self.page: CustomerPage | None = None
        # profile
        self.profile = QWidget()
        form = QFormLayout(self.profile)
        self.name = QLabel()
        self.name.setObjectName("customer_name")
        self.kind = QLabel()
        self.phones = QLabel()
        self.language = QLabel()
        self.tags = QLabel()
        self.consent = QLabel()
        self.consent.setObjectName("customer_consent")
        self.custom = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("customer_summary")
        self.summary.setWordWrap(True)
        self.form_labels = [QLabel() for _ in range(8)]
        # consent recorded from here (the till, with the customer in front of the cashier)
        self.consent_channel = QComboBox()
        self.consent_channel.setObjectName("consent_channel")
        self.consent_given = QPushButton()
        self.consent_given.setObjectName("consent_given")
        self.consent_given.clicked.connect(lambda: self.record_consent(True))
        self.consent_withdrawn = QPushButton()
        self.consent_withdrawn.setObjectName("consent_withdrawn")
        self.consent_withdrawn.clicked.connect(lambda: self.record_consent(False))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_channel)
        consent_row.addWidget(self.consent_given)
        consent_row.addWidget(self.consent_withdrawn)
        consent_row.addStretch(1)
        # tags edited from here, comma separated
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tags_edit")
        self.tags_edit.returnPressed.connect(self.save_tags)
        for label, value in zip(
            self.form_labels,
            (
                self.name,
                self.kind,
                self.phones,
                self.language,
                self.tags,
                self.consent,
                self.custom,
                self.summary,
            ),
            strict=True,
        ):
            form.addRow(label, value)
        self.consent_label = QLabel()
        self.tags_label = QLabel()
        form.addRow(self.consent_label, consent_row)
        form.addRow(self.tags_label, self.tags_edit)
        # timeline
        self.timeline = RowsModel(self._timeline_headers, numeric=(4,))
        self.timeline_export = QPushButton()
        self.timeline_export.setObjectName("export_timeline")
        self.timeline_export.clicked.connect(self.export_timeline)
        timeline = QWidget()
        tlayout = QVBoxLayout(timeline)
        tlayout.addWidget(self.timeline_export, 0, Qt.AlignmentFlag.AlignLeft)
        tlayout.addWidget(_table(self.timeline, "customer_timeline"))
        # interactions
        self.interactions = RowsModel(self._interaction_headers)
        self.interaction_kind = QComboBox()
        self.interaction_kind.setObjectName("interaction_kind")
        self.interaction_text = QLineEdit()
        self.interaction_text.setObjectName("interaction_text")
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setSpecialValueText(" ")
        self.follow_up.setMinimumDate(QDate(2000, 1, 1))
        self.follow_up.setDate(self.follow_up.minimumDate())
        self.log_button = QPushButton()
        self.log_button.setObjectName("log_interaction")
        self.log_button.clicked.connect(self.log_interaction)
        quick = QHBoxLayout()
        quick.addWidget(self.interaction_kind)
        quick.addWidget(self.interaction_text, 1)
        quick.addWidget(self.follow_up)
        quick.addWidget(self.log_button)
        self.interaction_table = _table(self.interactions, "customer_interactions")
        self.advance_complaint = QPushButton()
        self.advance_complaint.setObjectName("advance_complaint")
        self.advance_complaint.clicked.connect(self.move_selected_complaint)
        interactions = QWidget()
        ilayout = QVBoxLayout(interactions)
        ilayout.addLayout(quick)
        ilayout.addWidget(self.interaction_table)
        ilayout.addWidget(self.advance_complaint, 0, Qt.AlignmentFlag.AlignLeft)
        # loyalty
        self.points = QLabel()
        self.points.setObjectName("loyalty_balance")
        self.alerts = QLabel()
        self.alerts.setObjectName("loyalty_alerts")
        self.alerts.setWordWrap(True)
        self.movements = RowsModel(self._movement_headers, numeric=(3,))
        loyalty = QWidget()
        llayout = QVBoxLayout(loyalty)
        llayout.addWidget(self.points)
        llayout.addWidget(self.alerts)
        llayout.addWidget(_table(self.movements, "loyalty_movements"))
        for widget in (self.profile, timeline, interactions, loyalty):
            self.addTab(widget, "")
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------

    def _timeline_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("What"),
            self.tr("Branch"),
            self.tr("Reference"),
            self.tr("Amount or points"),
        )

    def _interaction_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Owner"),
            self.tr("Text"),
            self.tr("Follow-up"),
            self.tr("Status"),
        )

    def _movement_headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Movement"), self.tr("Branch"), self.tr("Points"))

    def kind_names(self) -> dict[str, str]:
        return {
            "sale": self.tr("Purchase"),
            "return": self.tr("Return"),
            "invoice": self.tr("Invoice"),
            "payment": self.tr("Payment"),
            "points": self.tr("Points"),
            "call": self.tr("Call"),
            "visit": self.tr("Visit"),
            "message": self.tr("Message"),
            "complaint": self.tr("Complaint"),
            "note": self.tr("Note"),
            "earn": self.tr("Earned"),
            "redeem": self.tr("Redeemed"),
            "expire": self.tr("Expired"),
            "adjust": self.tr("Adjusted"),
            "transfer_in": self.tr("Merged in"),
            "transfer_out": self.tr("Merged out"),
            "individual": self.tr("Individual"),
            "business": self.tr("Business"),
            "open": self.tr("Open"),
            "in_progress": self.tr("In progress"),
            "resolved": self.tr("Resolved"),
            "rejected": self.tr("Rejected"),
            "closed": self.tr("Closed"),
        }

    def channel_names(self) -> dict[Channel, str]:
        return {
            Channel.SMS: self.tr("SMS"),
            Channel.EMAIL: self.tr("E-mail"),
            Channel.CALL: self.tr("Phone call"),
            Channel.WHATSAPP: self.tr("WhatsApp"),
            Channel.POST: self.tr("Post"),
        }

    def retranslate(self) -> None:
        for index, title in enumerate(
            (self.tr("Profile"), self.tr("Timeline"), self.tr("Interactions"), self.tr("Loyalty"))
        ):
            self.setTabText(index, title)
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Phones"),
                self.tr("Language"),
                self.tr("Tags"),
                self.tr("Consent to be contacted"),
                self.tr("Custom fields"),
                self.tr("History"),
            ),
            strict=True,
        ):
            label.setText(text)
        names = self.kind_names()
        current = self.interaction_kind.currentData()
        self.interaction_kind.clear()
        for kind in InteractionKind:
            self.interaction_kind.addItem(names[kind.value], kind.value)
        if current is not None:
            self.interaction_kind.setCurrentIndex(max(0, self.interaction_kind.findData(current)))
        self.interaction_text.setPlaceholderText(self.tr("What was said or done"))
        self.follow_up.setToolTip(self.tr("Follow-up date (optional)"))
        self.log_button.setText(self.tr("Log"))
        self.consent_label.setText(self.tr("Record consent"))
        self.consent_given.setText(self.tr("Agrees"))
        self.consent_withdrawn.setText(self.tr("Withdraws"))
        self.tags_label.setText(self.tr("Edit the tags"))
        self.tags_edit.setPlaceholderText(self.tr("Tags separated by commas, Enter to save"))
        channels = self.channel_names()
        chosen_channel = self.consent_channel.currentData()
        self.consent_channel.clear()
        for channel, name in channels.items():
            self.consent_channel.addItem(name, channel.value)
        if chosen_channel is not None:
            self.consent_channel.setCurrentIndex(
                max(0, self.consent_channel.findData(chosen_channel))
            )
        self.timeline_export.setText(self.tr("Export…"))
        self.advance_complaint.setText(self.tr("Complaint: next status"))
        for model in (self.timeline, self.interactions, self.movements):
            model.retranslate()
        if self.page is not None:
            self._fill(self.page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------------

    def show_customer(self, customer_id: UUID | None) -> None:
        self.customer_id = customer_id
        if customer_id is None or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: customer_page(deps, actor, customer_id), self._shown, self.ctx.report_error
        )

    def _shown(self, page: CustomerPage) -> None:
        if page.view.customer.id != self.customer_id:
            return  # another customer was chosen meanwhile
        self.page = page
        self._fill(page)

    def _fill(self, page: CustomerPage) -> None:
        locale, language = self.ctx.languages.locale, self.ctx.languages.language
        names, channels = self.kind_names(), self.channel_names()
        customer, profile = page.view.customer, page.view.profile
        self.name.setText(local_name(customer.name, customer.name_ar, language))
        self.kind.setText(names.get(profile.kind, profile.kind))
        self.phones.setText(
            ", ".join(
                isolated(p)
                for p in _phones(customer.phone, profile.phones, self.ctx.languages.country)
            )
            or "—"
        )
        self.language.setText(
            {"fr": "Français", "ar": "العربية", "en": "English"}[profile.language]
        )
        self.tags.setText(", ".join((*profile.tags, *profile.segments)) or "—")
        self.tags_edit.setText(", ".join(profile.tags))
        consent = []
        for channel, event in page.view.consent_by_channel.items():
            if event is None:
                continue
            state = self.tr("yes") if event.given else self.tr("withdrawn")
            consent.append(f"{channels[channel]}: {state} ({moment(event.at, locale)})")
        self.consent.setText("\n".join(consent) or self.tr("never asked"))
        self.custom.setText(
            "\n".join(
                f"{k}: {(self.tr('yes') if v else self.tr('no')) if isinstance(v, bool) else v}"
                for k, v in sorted(profile.custom.items())
            )
            or "—"
        )
        s = page.history.summary
        last = moment(s.last_visit, locale) if s.last_visit else "—"
        self.summary.setText(
            self.tr("%1 purchases, lifetime value %2, open balance %3, last visit %4 at %5")
            .replace("%1", str(count(s.count, locale)))
            .replace("%2", str(money(s.lifetime_value, locale)))
            .replace("%3", str(money(s.open_balance, locale)))
            .replace("%4", last)
            .replace("%5", s.last_branch or "—")
        )
        currency = s.currency
        self.timeline.set_rows(
            [
                (
                    moment(e.at, locale),
                    names.get(e.kind, e.kind),
                    e.site,
                    names.get(e.reference, e.reference) if e.kind == "points" else e.reference,
                    count(e.figure, locale)
                    if e.kind == "points"
                    else money(Money.from_minor(e.figure, currency), locale)
                    if e.figure
                    else "",
                )
                for e in page.history.entries
            ]
        )
        self.interactions.set_rows(
            [
                (
                    moment(i.at, locale),
                    names[str(i.kind)],
                    i.owner,
                    i.text,
                    i.follow_up_on.isoformat() if i.follow_up_on else "",
                    names[str(i.status)] if i.status else "",
                )
                for i in page.interactions
            ]
        )
        account = page.loyalty
        self.points.setText(
            self.tr("Balance: %1 points, of which %2 may be spent today")
            .replace("%1", str(count(account.balance, locale)))
            .replace("%2", str(count(account.spendable, locale)))
        )
        self.alerts.setText(
            "\n".join(
                self.tr("Overdraft at %1 on %2: %3 points spent beyond the balance")
                .replace("%1", a.site)
                .replace("%2", moment(a.at, locale))
                .replace("%3", str(count(a.shortfall, locale)))
                for a in account.alerts
            )
        )
        self.movements.set_rows(
            [
                (moment(m.at, locale), names.get(m.kind, m.kind), m.site, count(m.points, locale))
                for m in sorted(account.movements, key=lambda m: m.at, reverse=True)
            ]
        )

    def log_interaction(self) -> None:
        if self.customer_id is None or self.ctx.actor is None:
            return
        deps, actor, customer_id = self.ctx.deps, self.ctx.actor, self.customer_id
        kind = str(self.interaction_kind.currentData())
        text = self.interaction_text.text()
        chosen = self.follow_up.date()
        follow = chosen.toPython() if chosen != self.follow_up.minimumDate() else None

        def done(_outcome: object) -> None:
            self.interaction_text.clear()
            self.show_customer(customer_id)

        self.ctx.db.submit(
            lambda: log_interaction(deps, actor, customer_id, kind, text, follow),  # type: ignore[arg-type]
            done,
            self.ctx.report_error,
        )

    def write_timeline(self, path: Path) -> None:
        """The timeline as shown, semicolon-separated, UTF-8 with BOM; amounts and points as
        plain numbers with a dot."""
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(self.timeline.as_csv_rows())

    def export_timeline(self) -> None:
        if self.page is None:
            return
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the timeline"),
            str(Path.home() / "timeline.csv"),
            self.tr("CSV, numbers with a dot (*.csv)"),
        )
        if name:
            self.write_timeline(Path(name))

    def move_selected_complaint(self) -> None:
        """The selected complaint to its next status (open → in progress → resolved →
        closed); a refused move is reported with its code's sentence."""
        if self.page is None or self.ctx.actor is None:
            return
        rows = self.interaction_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.page.interactions):
            return
        chosen = self.page.interactions[rows[0].row()]
        if chosen.status is None:
            return
        target = NEXT_COMPLAINT_STATUS.get(chosen.status)
        if target is None:
            return
        deps, actor, customer_id = self.ctx.deps, self.ctx.actor, chosen.customer_id
        self.ctx.db.submit(
            lambda: move_complaint(deps, actor, chosen.id, target),
            lambda _done: self.show_customer(customer_id),
            self.ctx.report_error,
        )

    def record_consent(self, given: bool) -> None:
        """The customer agrees to (or withdraws from) being contacted on the chosen channel,
        recorded as an event at this till (the proof's source)."""
        if self.customer_id is None or self.ctx.actor is None:
            return
        deps, actor, customer_id = self.ctx.deps, self.ctx.actor, self.customer_id
        channel = str(self.consent_channel.currentData())
        source = self.tr("at the till, by %1").replace("%1", actor.username)
        self.ctx.db.submit(
            lambda: record_consent(deps, actor, customer_id, channel, given, source),
            lambda _done: self.show_customer(customer_id),
            self.ctx.report_error,
        )

    def save_tags(self) -> None:
        if self.customer_id is None or self.ctx.actor is None:
            return
        deps, actor, customer_id = self.ctx.deps, self.ctx.actor, self.customer_id
        tags = [t for t in self.tags_edit.text().split(",") if t.strip()]
        self.ctx.db.submit(
            lambda: save_profile(deps, actor, customer_id, tags=tags),
            lambda _done: self.show_customer(customer_id),
            self.ctx.report_error,
        )
