"""The branch dashboard: today's takings, tickets and average ticket; sales by hour (chart),
the last seven days (chart), by cashier and by payment method; cash sessions with their
differences. Refreshed when a sale or a session changes."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from erp_desktop.app.changes import Changed
from erp_desktop.app.dashboard import Dashboard, branch_dashboard
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import moment, money
from erp_desktop.ui.rows_model import RowsModel


def _bar_chart(title: str, labels: list[str], values: list[float], colour: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QBarSet("")
    bars.append(values)
    bars.setColor(colour)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = QValueAxis()
    y.setRange(0, max([*values, 1.0]) * 1.1)
    y.setLabelFormat("%.0f")
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    return chart


class DashboardView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self.kpis = {key: QLabel() for key in ("today", "tickets", "average", "week")}
        for label in self.kpis.values():
            label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.kpi_titles = {key: QLabel() for key in self.kpis}
        self.hours = QChartView()
        self.days = QChartView()
        for view in (self.hours, self.days):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(230)
        self.cashiers = RowsModel(
            lambda: (self.tr("Cashier"), self.tr("Sales today")), numeric=(1,)
        )
        self.tenders = RowsModel(
            lambda: (self.tr("Payment method"), self.tr("Today")), numeric=(1,)
        )
        self.sessions = RowsModel(self._session_headers, numeric=(4, 5, 6))
        tables = []
        for model, name in (
            (self.cashiers, "by_cashier"),
            (self.tenders, "by_tender"),
            (self.sessions, "sessions"),
        ):
            table = QTableView()
            table.setObjectName(name)
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            tables.append(table)
        grid = QGridLayout()
        for column, key in enumerate(self.kpis):
            grid.addWidget(self.kpi_titles[key], 0, column)
            grid.addWidget(self.kpis[key], 1, column)
        grid.addWidget(self.hours, 2, 0, 1, 2)
        grid.addWidget(self.days, 2, 2, 1, 2)
        grid.addWidget(tables[0], 3, 0, 1, 2)
        grid.addWidget(tables[1], 3, 2, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.sessions_label = QLabel()
        layout.addWidget(self.sessions_label)
        layout.addWidget(tables[2])
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _session_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Register"),
            self.tr("Cashier"),
            self.tr("Opened"),
            self.tr("Closed"),
            self.tr("Expected cash"),
            self.tr("Counted"),
            self.tr("Difference"),
        )

    def retranslate(self) -> None:
        titles = {
            "today": self.tr("Sales today"),
            "tickets": self.tr("Tickets"),
            "average": self.tr("Average ticket"),
            "week": self.tr("Sales this week"),
        }
        for key, label in self.kpi_titles.items():
            label.setText(titles[key])
        self.sessions_label.setText(self.tr("Cash sessions"))
        for model in (self.cashiers, self.tenders, self.sessions):
            model.retranslate()
        self.show_data()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: branch_dashboard(deps, actor), self._loaded, self.ctx.report_error
        )

    def _loaded(self, data: Dashboard) -> None:
        self.data = data
        self.show_data()

    def show_data(self) -> None:
        data = self.data
        if data is None:
            return
        locale = self.ctx.languages.locale
        self.kpis["today"].setText(money(data.today, locale))
        self.kpis["tickets"].setText(str(data.today_tickets))
        self.kpis["average"].setText(money(data.average_ticket, locale))
        self.kpis["week"].setText(money(data.week, locale))
        hours = range(min([*data.by_hour, 8]), max([*data.by_hour, 20]) + 1)
        self.hours.setChart(
            _bar_chart(
                self.tr("Sales by hour"),
                [f"{h:02d}" for h in hours],
                [float(data.by_hour.get(h, Money.zero(data.currency)).amount) for h in hours],
                "#1565c0",
            )
        )
        self.days.setChart(
            _bar_chart(
                self.tr("Last seven days"),
                [d.strftime("%d/%m") for d, _ in data.by_day],
                [float(m.amount) for _, m in data.by_day],
                "#2e7d32",
            )
        )
        tender_names = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "cheque": self.tr("Cheque"),
            "transfer": self.tr("Transfer"),
            "store_credit": self.tr("Store credit"),
        }
        self.cashiers.set_rows([(name, money(m, locale)) for name, m in data.by_cashier.items()])
        self.tenders.set_rows(
            [(tender_names.get(t, t), money(m, locale)) for t, m in data.by_tender.items()]
        )
        rows = []
        for s in data.sessions:
            expected = (
                Money.from_minor(s.expected_cash_minor, data.currency)
                if s.expected_cash_minor is not None
                else None
            )
            counted = (
                Money.from_minor(s.counted_cash_minor, data.currency)
                if s.counted_cash_minor is not None
                else None
            )
            difference = (
                counted - expected if counted is not None and expected is not None else None
            )
            rows.append(
                (
                    s.register,
                    s.cashier,
                    moment(s.opened_at, locale),
                    moment(s.closed_at, locale) if s.closed_at else self.tr("open"),
                    money(expected, locale) if expected else "",
                    money(counted, locale) if counted else "",
                    money(difference, locale) if difference is not None else "",
                )
            )
        self.sessions.set_rows(rows)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.SALES in changes or Changed.CASH_SESSION in changes:
            self.refresh()
