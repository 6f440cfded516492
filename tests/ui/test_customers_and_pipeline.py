"""The CRM screens, real widgets offscreen over a real replica: the customer list searched
and exported, the profile's tabs (consent, timeline, interactions logged from the tab,
loyalty with its alert), the pipeline board by stage with its reminders; in French and in
Arabic (right to left, figures kept readable)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erp_desktop.app.crm.history import subscribe_history
from erp_desktop.app.crm.loyalty import earn_on_sales, loyalty_account
from erp_desktop.app.crm.pipeline import open_opportunity
from erp_desktop.app.crm.profiles import record_consent, save_profile
from erp_desktop.app.customers import save_customer
from erp_desktop.app.stock.low_stock import SALE_COMPLETED
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.crm.interactions import Stage
from erp_desktop.kernel.crm.profile import Channel
from erp_desktop.kernel.crm.program import PROGRAM_SETTING
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customers_view import CustomersView
from erp_desktop.ui.pipeline_view import PipelineView
from tests.builders import Branch
from tests.server.crm_world import PROGRAM
from tests.ui.conftest import settle


def a_customer_with_a_story(branch: Branch) -> UUID:
    deps = branch.deps
    with deps.store.transaction(None) as tx:
        tx.org.set_setting(PROGRAM_SETTING, PROGRAM, deps.now())
    deps.bus.subscribe(SALE_COMPLETED, earn_on_sales(deps))
    subscribe_history(deps)
    cashier = branch.actor("cashier")
    open_cash_session(deps, cashier, Money.of(Decimal(0), "DZD"))
    customer, _ = save_customer(
        deps, cashier, None, name="Benali Amina", name_ar="بن علي أمينة", phone="0551 23 45 67"
    )
    save_profile(deps, cashier, customer.id, tags=["fidèle"], language="ar")
    record_consent(deps, cashier, customer.id, Channel.SMS, True, "caisse")
    tender = Tender(TenderKind.CASH, Money.of(Decimal(1_000_000), "DZD"))
    checkout(
        deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(30)),), (tender,), customer_id=customer.id
        ),
    )
    save_customer(deps, cashier, None, name="Saidi Omar", phone="0770 11 22 33")
    return customer.id


def test_the_customer_list_profile_tabs_and_export(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    customer_id = a_customer_with_a_story(branch)
    ctx.actor = branch.actor("manager")
    view = CustomersView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    settle(qtbot, ctx, 200)
    assert view.model.rowCount() == 2
    assert view.tabs.customer_id is not None
    qtbot.keyClicks(view.search, "Benali")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    settle(qtbot, ctx, 200)
    assert view.tabs.customer_id == customer_id
    tabs = view.tabs
    assert "Benali Amina" in tabs.name.text()
    assert "SMS" in tabs.consent.text()
    assert "1" in tabs.summary.text()
    kinds = [tabs.timeline.rows[r][1] for r in range(tabs.timeline.rowCount())]
    names = tabs.kind_names()  # in the screen's language
    assert names["sale"] in kinds and names["points"] in kinds
    held = loyalty_account(branch.deps, branch.actor("cashier"), customer_id).balance
    assert held > 0 and str(held) in tabs.points.text()
    tabs.interaction_text.setText("A demandé la carte de fidélité")
    tabs.log_button.click()
    settle(qtbot, ctx, 200)
    assert tabs.interactions.rowCount() == 1
    assert tabs.interactions.rows[0][3] == "A demandé la carte de fidélité"
    tabs.interaction_kind.setCurrentIndex(tabs.interaction_kind.findData("complaint"))
    tabs.interaction_text.setText("Produit périmé")
    tabs.log_button.click()
    settle(qtbot, ctx, 200)
    complaint_row = next(
        r
        for r, i in enumerate(tabs.page.interactions)
        if i.status is not None  # type: ignore[union-attr]
    )
    tabs.interaction_table.selectRow(complaint_row)
    tabs.advance_complaint.click()
    settle(qtbot, ctx, 200)
    statuses = [i.status for i in tabs.page.interactions if i.status]  # type: ignore[union-attr]
    assert statuses == ["in_progress"]
    tabs.consent_channel.setCurrentIndex(tabs.consent_channel.findData("sms"))
    tabs.consent_withdrawn.click()
    settle(qtbot, ctx, 200)
    assert tabs.page is not None
    sms = tabs.page.view.consent_by_channel[Channel.SMS]
    assert sms is not None and not sms.given and "manager" in sms.source
    tabs.tags_edit.setText("Fidèle, Quartier")
    qtbot.keyClick(tabs.tags_edit, Qt.Key.Key_Return)
    settle(qtbot, ctx, 200)
    assert tabs.page.view.profile.tags == ("fidèle", "quartier")
    out = tmp_path / "customers.csv"
    view.write_csv(out)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith(view._headers()[0] + ";")
    assert "Benali Amina" in text
    timeline = tmp_path / "timeline.csv"
    tabs.write_timeline(timeline)
    lines = timeline.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + tabs.timeline.rowCount() and ";" in lines[1]
    ctx.languages.switch("ar")
    settle(qtbot, ctx, 200)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tabs.name.text() == "بن علي أمينة"
    assert tabs.tabText(0) == tabs.tr("Profile")


def test_the_pipeline_board_shows_each_stage_and_whats_due(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    manager = branch.actor("manager")
    customer, _ = save_customer(branch.deps, manager, None, name="Sarl Medjez")
    today = branch.deps.now().date()
    open_opportunity(
        branch.deps,
        manager,
        customer.id,
        "Équipement de la cantine",
        Money.of(Decimal(1_200_000), "DZD"),
        today + timedelta(days=30),
        stage=Stage.PROPOSAL,
        next_activity="Relancer le gérant",
        next_activity_on=today,
    )
    ctx.actor = manager
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx, 200)
    assert view.lists[Stage.PROPOSAL].count() == 1
    assert view.lists[Stage.LEAD].count() == 0
    assert "50 %" in view.titles[Stage.PROPOSAL].text()
    assert view.reminders.count() == 1
    view.lists[Stage.PROPOSAL].setCurrentRow(0)
    view.lists[Stage.PROPOSAL].setFocus()
    view.move_selected()
    settle(qtbot, ctx, 200)
    assert view.lists[Stage.NEGOTIATION].count() == 1
    assert view.lists[Stage.PROPOSAL].count() == 0
