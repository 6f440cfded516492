"""The pipeline board: one column per stage (lead → won / lost) with its opportunities, the
expected amount and the amount weighted by the stage's probability; beside it the
reminders: opportunities whose next activity is due and interactions to follow up today.
A selected opportunity moves to the next stage with a key (Ctrl+Right) or the button."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.interactions import follow_ups_due
from erp_desktop.app.crm.pipeline import (
    BoardColumn,
    activities_due,
    move_opportunity,
    pipeline_board,
)
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.crm.interactions import Interaction, Opportunity, Stage
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import isolated, money

NEXT_STAGE = {
    Stage.LEAD: Stage.QUALIFIED,
    Stage.QUALIFIED: Stage.PROPOSAL,
    Stage.PROPOSAL: Stage.NEGOTIATION,
    Stage.NEGOTIATION: Stage.WON,
}


@dataclass(frozen=True, slots=True)
class Board:
    columns: list[BoardColumn]
    due: list[Opportunity]
    follow_ups: list[Interaction]


def load_board(deps: Deps, actor: Actor) -> Board:
    return Board(
        pipeline_board(deps, actor), activities_due(deps, actor), follow_ups_due(deps, actor)
    )


class PipelineView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Board | None = None
        grid = QGridLayout()
        self.titles: dict[Stage, QLabel] = {}
        self.lists: dict[Stage, QListWidget] = {}
        for column, stage in enumerate(Stage):
            title = QLabel()
            title.setObjectName(f"stage_{stage.value}")
            title.setWordWrap(True)
            cards = QListWidget()
            cards.setObjectName(f"cards_{stage.value}")
            cards.setWordWrap(True)
            self.titles[stage], self.lists[stage] = title, cards
            grid.addWidget(title, 0, column)
            grid.addWidget(cards, 1, column)
        self.advance = QPushButton()
        self.advance.setObjectName("advance_stage")
        self.advance.clicked.connect(self.move_selected)
        QShortcut(QKeySequence("Ctrl+Right"), self, self.move_selected)
        self.reminders_title = QLabel()
        self.reminders = QListWidget()
        self.reminders.setObjectName("reminders")
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 3)
        layout.addWidget(self.advance, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reminders_title)
        layout.addWidget(self.reminders, 1)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def stage_names(self) -> dict[Stage, str]:
        return {
            Stage.LEAD: self.tr("Lead"),
            Stage.QUALIFIED: self.tr("Qualified"),
            Stage.PROPOSAL: self.tr("Proposal"),
            Stage.NEGOTIATION: self.tr("Negotiation"),
            Stage.WON: self.tr("Won"),
            Stage.LOST: self.tr("Lost"),
        }

    def retranslate(self) -> None:
        # the shortcut kept left to right inside Arabic ("(Ctrl+→)", not "(→+Ctrl)")
        self.advance.setText(f"{self.tr('Move to the next stage')} {isolated('(Ctrl+→)')}")
        self.reminders_title.setText(self.tr("Due today: next activities and follow-ups"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: load_board(deps, actor), self._loaded, self.ctx.report_error)

    def _loaded(self, board: Board) -> None:
        self.board = board
        self._fill()

    def _fill(self) -> None:
        names = self.stage_names()
        locale = self.ctx.languages.locale
        if self.board is None:
            for stage, title in self.titles.items():
                title.setText(names[stage])
            return
        for column in self.board.columns:
            percent = int(column.probability * 100)
            self.titles[column.stage].setText(
                f"{names[column.stage]} ({percent} %)\n"
                + self.tr("%1 expected, %2 weighted")
                .replace("%1", str(money(column.expected, locale)))
                .replace("%2", str(money(column.weighted, locale)))
            )
            cards = self.lists[column.stage]
            cards.clear()
            for o in column.opportunities:
                text = f"{o.title}\n{money(o.expected_amount, locale)} · {o.expected_on.isoformat()} · {o.owner}"
                if o.next_activity:
                    text += f"\n→ {o.next_activity}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(o.id))
                cards.addItem(item)
        self.reminders.clear()
        for o in self.board.due:
            self.reminders.addItem(
                f"{o.next_activity_on.isoformat() if o.next_activity_on else ''} · {o.title} · "
                f"{o.next_activity} · {o.owner}"
            )
        for i in self.board.follow_ups:
            self.reminders.addItem(
                f"{i.follow_up_on.isoformat() if i.follow_up_on else ''} · {i.text} · {i.owner}"
            )

    def selected(self) -> tuple[UUID, Stage] | None:
        for stage, cards in self.lists.items():
            item = cards.currentItem()
            if (item is not None and cards.hasFocus()) or (item is not None and item.isSelected()):
                return UUID(str(item.data(Qt.ItemDataRole.UserRole))), stage
        return None

    def move_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.ctx.actor is None or chosen[1] not in NEXT_STAGE:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        opportunity_id, stage = chosen
        self.ctx.db.submit(
            lambda: move_opportunity(deps, actor, opportunity_id, NEXT_STAGE[stage]),
            lambda _done: self.reload(),
            self.ctx.report_error,
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.CUSTOMERS in changes and self.isVisible():
            self.reload()
