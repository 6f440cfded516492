"""Head office's demo replica for HR and payroll: hr's demo people (a few dozen employees
across the two branches with their records, a quarter of days clocked, leave; demo/people.py)
with every record, as head office holds them, and the quarter's three payroll runs posted
(the last corrected once for an overtime sheet handed in late).

It is a replica of its own (head office's site), beside the branch demo: payroll and
salaries never live on a branch's replica. Everything goes through hr's repositories and
payroll's use cases, so the demo's payslips are the ones a user would get.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.payroll.inputs import Adjustment
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.demo.people import seed_people
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import OvertimeHours
from erp_desktop.kernel.payroll.run import month_end
from erp_desktop.kernel.permissions import Role
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.seed import BranchSeed, UserSeed, seed_branches, seed_company, seed_users
from erp_desktop.storage.store import SqliteStore

DEMO_PASSWORD = "demo"


@dataclass(frozen=True, slots=True)
class PayrollDemoSummary:
    employees: int
    attendance_days: int
    leave_requests: int
    runs: tuple[str, ...]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), UTC)


def build_payroll_demo(
    path: Path,
    end: date | None = None,
    seed: int = 7,
    employees: int = 24,
    branches: tuple[UUID, UUID] | None = None,
) -> PayrollDemoSummary:
    """Head office's replica at ``path``, paid for the three months before ``end``'s;
    ``branches`` gives the two branches the ids of the branch demo's."""
    if path.exists():
        raise FileExistsError(path)  # a demo is built once, as create_demo's
    end = end or date.today()
    last_month = (end.replace(day=1) - timedelta(days=1)).replace(day=1)
    months: list[date] = []
    m = last_month
    for _ in range(3):
        months.insert(0, m)
        m = (m - timedelta(days=1)).replace(day=1)
    t0 = _at(months[0] - timedelta(days=40), 8)
    replica = Replica(path)
    upgrade_replica(replica)
    ids = {k: new_id() for k in ("ho", "alg01", "alg02", "wh_ho", "wh01", "wh02", "admin", "hr")}
    if branches is not None:
        ids["alg01"], ids["alg02"] = branches
    with replica.transaction(None) as conn:
        seed_company(
            conn,
            t0,
            name="Supérettes El Bahia SARL",
            name_ar="متاجر البهية",
            country="DZ",
            currency="DZD",
            legal_ids={
                "RC": "16/00-1234567B19",
                "NIF": "001916123456789",
                "NIS": "0919160123456",
                "AI": "16012345678",
                "CNAS": "16 1234567 89",
            },
            mentions={
                "legal_form": "SARL",
                "activity": "Commerce de détail en libre-service",
                "address": "12 rue Didouche Mourad, Alger",
                "address_ar": "12 شارع ديدوش مراد، الجزائر",
            },
        )
        seed_branches(
            conn,
            t0,
            [
                BranchSeed(ids["ho"], "HO", "Siège Alger", "المقر", True, ids["wh_ho"]),
                BranchSeed(
                    ids["alg01"], "ALG01", "Alger Centre", "الجزائر الوسطى", False, ids["wh01"]
                ),
                BranchSeed(
                    ids["alg02"], "ALG02", "Oran Es-Senia", "وهران السانية", False, ids["wh02"]
                ),
            ],
        )
        password = hash_secret(DEMO_PASSWORD)
        seed_users(
            conn,
            t0,
            [
                UserSeed(
                    ids["admin"],
                    "admin",
                    "Administrateur",
                    password,
                    None,
                    ("administrator",),
                    ids["ho"],
                ),
                UserSeed(
                    ids["hr"], "rh", "Amel Mansouri", password, None, ("hr_officer",), ids["ho"]
                ),
            ],
        )
    clock = FixedClock(t0)
    store = SqliteStore(replica)
    deps = Deps(
        store,
        clock,
        HybridLogicalClock("HO", lambda: int(clock.now().timestamp() * 1000)),
    )
    with deps.store.transaction(None) as tx:  # what the first pull tells head office of itself
        tx.sync.apply_remote(
            "branch",
            {
                "id": str(ids["ho"]),
                "code": "HO",
                "name": "Siège Alger",
                "name_ar": "المقر",
                "kind": "head_office",
            },
            t0,
        )
    # hr's demo people (demo/people.py), every record since this is head office: the same
    # generator, seed and branches as the branch demo's staff, clocked from the first month
    # paid
    with store.transaction(ids["hr"]) as tx:
        written = seed_people(
            tx, random.Random(seed + 15), "DZ", [ids["alg01"], ids["alg02"]], None, end,
            ids["hr"], per_branch=max(1, employees // 2), days=(end - months[0]).days,
        )  # fmt: skip
    with deps.store.read() as view:
        staff = [(m.id, m.branch_id) for m in view.attendance.staff_of()]
        days = len(view.attendance.attendance_between(months[0], month_end(months[-1])))
        leaves = sum(len(view.leave.leave_of(m_id)) for m_id, _b in staff)
    hr = Actor(ids["hr"], "rh", frozenset({Role.HR_OFFICER}), ids["ho"])
    runs: list[str] = []
    advances = {staff[0][0]: Adjustment(advances=(Money.of(5000, "DZD"),))} if staff else {}
    for month in months:
        clock.set(_at(month_end(month), 10))
        posted = post_payroll_run(deps, hr, prepare_month_run(deps, hr, month, advances))
        runs.append(posted.run.number)
    if staff:  # the last month corrected: an overtime sheet handed in late
        first_clocked = staff[0][0]
        late_sheet = {
            first_clocked: Adjustment(
                advances=(Money.of(5000, "DZD"),),
                overtime=(OvertimeHours("standard", Decimal(6)),),
            )
        }
        with deps.store.read() as view:
            latest = view.payroll.runs_of_month(months[-1])[-1]
        clock.set(_at(month_end(months[-1]) + timedelta(days=3), 10))
        corrected = post_payroll_run(
            deps, hr, prepare_month_run(deps, hr, months[-1], late_sheet, corrects=latest.id)
        )
        runs.append(corrected.run.number)
    replica.close()
    return PayrollDemoSummary(written, days, leaves, tuple(runs))
