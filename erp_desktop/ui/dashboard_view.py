"""The branch dashboard: today's takings, tickets and average ticket; sales by hour (chart),
the last seven days (chart), by cashier and by payment method; cash sessions with their
differences; the products that fell low this week (the alerts the low-stock handler
recorded). Refreshed when a sale or a session changes; an alert raised while the dashboard is
open shows at once in its notice line (the event reaches it through the Qt bridge).

Each KPI is a card holding its title and its value, both aligned on the reading side of
the language: an amount is left-to-right text, so left to Qt's own choice it would sit on
the left of an Arabic card, under the neighbouring title. The charts' axis labels use a
small font and turn upright when the categories are too narrow, instead of all being
elided to "…"."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.dashboard import Dashboard, branch_dashboard
from erp_desktop.app.records import LowStockAlert
from erp_desktop.app.stock.low_stock import LOW_STOCK, low_stock_alerts
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, moment, money, number
from erp_desktop.ui.rows_model import RowsModel

AXIS_POINTS = 8.0
LABEL_PADDING = 6


def fit_axis_labels(chart: QChart) -> None:
    """Turns the category labels upright when they are wider than their category."""
    axes = chart.axes(Qt.Orientation.Horizontal)
    if not axes or not isinstance(axes[0], QBarCategoryAxis):
        return
    axis = axes[0]
    labels = axis.categories()
    if not labels:
        return
    room = chart.plotArea().width() / len(labels)
    widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(t) for t in labels)
    axis.setLabelsAngle(0 if widest + LABEL_PADDING <= room else -90)


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
    font = QFont(x.labelsFont())
    font.setPointSizeF(AXIS_POINTS)
    x.setLabelsFont(font)
    x.setTruncateLabels(False)  # Qt elides "08" to "…" well before it lacks the room
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = QValueAxis()
    y.setRange(0, max([*values, 1.0]) * 1.1)
    y.applyNiceNumbers()
    y.setLabelFormat("%.0f")
    y.setLabelsFont(font)
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
        self.kpi_cards: dict[str, QFrame] = {}
        for key in self.kpis:
            card = QFrame()
            card.setObjectName(f"kpi_{key}")
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(4, 4, 4, 4)
            card_layout.addWidget(self.kpi_titles[key])
            card_layout.addWidget(self.kpis[key])
            self.kpi_cards[key] = card
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
        self.alerts = RowsModel(self._alert_headers, numeric=(1, 2))
        self.alert_rows: list[LowStockAlert] = []
        tables = []
        for model, name in (
            (self.cashiers, "by_cashier"),
            (self.tenders, "by_tender"),
            (self.sessions, "sessions"),
            (self.alerts, "low_stock_alerts"),
        ):
            table = QTableView()
            table.setObjectName(name)
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            tables.append(table)
        grid = QGridLayout()
        for column, key in enumerate(self.kpis):
            grid.addWidget(self.kpi_cards[key], 0, column)
        grid.addWidget(self.hours, 1, 0, 1, 2)
        grid.addWidget(self.days, 1, 2, 1, 2)
        grid.addWidget(tables[0], 2, 0, 1, 2)
        grid.addWidget(tables[1], 2, 2, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.sessions_label = QLabel()
        layout.addWidget(self.sessions_label)
        layout.addWidget(tables[2])
        self.low_stock_notice = QLabel()
        self.low_stock_notice.setObjectName("low_stock_notice")
        self.low_stock_notice.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.low_stock_notice.hide()
        self.alerts_label = QLabel()
        layout.addWidget(self.alerts_label)
        layout.addWidget(self.low_stock_notice)
        layout.addWidget(tables[3])
        ctx.db.data_did_change.connect(self._data_changed)
        ctx.events.event_did_arrive.connect(self._event_arrived)
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

    def _alert_headers(self) -> tuple[str, ...]:
        return (self.tr("Product"), self.tr("Level"), self.tr("Reorder point"), self.tr("Fell low"))

    def retranslate(self) -> None:
        titles = {
            "today": self.tr("Sales today"),
            "tickets": self.tr("Tickets"),
            "average": self.tr("Average ticket"),
            "week": self.tr("Sales this week"),
        }
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.ctx.languages.language == "ar"
            else Qt.AlignmentFlag.AlignLeft
        )
        for key, label in self.kpi_titles.items():
            label.setText(titles[key])
            for shown in (label, self.kpis[key]):
                shown.setAlignment(
                    Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
                )
        self.sessions_label.setText(self.tr("Cash sessions"))
        self.alerts_label.setText(self.tr("Low stock this week"))
        for model in (self.cashiers, self.tenders, self.sessions, self.alerts):
            model.retranslate()
        self.show_data()
        self.show_alerts()

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
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: low_stock_alerts(deps, actor), self._alerts_loaded, self.ctx.report_error
        )

    def _alerts_loaded(self, alerts: list[LowStockAlert]) -> None:
        self.alert_rows = alerts
        self.show_alerts()

    def show_alerts(self) -> None:
        locale, arabic = self.ctx.languages.locale, self.ctx.languages.language == "ar"
        self.alerts.set_rows(
            [
                (
                    f"{a.sku} · {a.name_ar if arabic and a.name_ar else a.name}",
                    number(a.level, locale),
                    number(a.reorder_point, locale),
                    moment(a.raised_at, locale),
                )
                for a in self.alert_rows
            ]
        )

    def _event_arrived(self, name: str, data: object) -> None:
        """On the GUI thread (the bridge): a product fell low while the dashboard is open."""
        if name != LOW_STOCK or not isinstance(data, dict):
            return
        arabic = self.ctx.languages.language == "ar"
        locale = self.ctx.languages.locale
        product = data["name_ar"] if arabic and data.get("name_ar") else data["name"]
        self.low_stock_notice.setText(
            self.tr("Low stock: %1 has %2 left (reorder point %3).")
            .replace("%1", f"{data['sku']} · {product}")
            .replace("%2", number(Decimal(data["level"]), locale))
            .replace("%3", number(Decimal(data["reorder_point"]), locale))
        )
        self.low_stock_notice.show()
        self.refresh_alerts()

    def _loaded(self, data: Dashboard) -> None:
        self.data = data
        self.show_data()

    def show_data(self) -> None:
        data = self.data
        if data is None:
            return
        locale = self.ctx.languages.locale
        self.kpis["today"].setText(money(data.today, locale))
        self.kpis["tickets"].setText(count(data.today_tickets, locale))
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
        self.fit_charts()
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

    def fit_charts(self) -> None:
        for view in (self.hours, self.days):
            chart = view.chart()
            if chart is not None and chart.series():
                chart.resize(view.viewport().size().toSizeF())
                fit_axis_labels(chart)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_charts()

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.SALES in changes or Changed.CASH_SESSION in changes:
            self.refresh()
        elif Changed.STOCK in changes or Changed.CATALOG in changes:
            self.refresh_alerts()
