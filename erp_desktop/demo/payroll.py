"""Head office's demo replica for HR and payroll: a few dozen employees across the two
branches and head office, a quarter of attendance clocked at the branches, some approved
leave and advances, and the quarter's three payroll runs posted (the last corrected once).

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
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember
from erp_desktop.kernel.hr.leave import LeaveRequest, LeaveStatus
from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
    MaritalStatus,
)
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import OvertimeHours
from erp_desktop.kernel.payroll.run import month_end
from erp_desktop.kernel.permissions import Role
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.seed import BranchSeed, UserSeed, seed_branches, seed_company, seed_users
from erp_desktop.storage.store import SqliteStore

FIRST_NAMES = [
    ("Karim", "كريم"),
    ("Samira", "سميرة"),
    ("Yacine", "ياسين"),
    ("Amel", "أمل"),
    ("Nadia", "نادية"),
    ("Sofiane", "سفيان"),
    ("Lynda", "ليندة"),
    ("Mourad", "مراد"),
    ("Fatima", "فاطمة"),
    ("Rachid", "رشيد"),
    ("Meriem", "مريم"),
    ("Hakim", "حكيم"),
]
LAST_NAMES = [
    ("Benali", "بن علي"),
    ("Haddad", "حداد"),
    ("Mansouri", "منصوري"),
    ("Saidi", "سعيدي"),
    ("Boudiaf", "بوضياف"),
    ("Kaci", "قاسي"),
    ("Cherif", "شريف"),
    ("Ziani", "زياني"),
]
JOBS = [
    ("Caissier", "أمين صندوق", 3_800_000),
    ("Vendeur", "بائع", 3_600_000),
    ("Magasinier", "أمين مخزن", 4_200_000),
    ("Chef de rayon", "رئيس قسم", 5_500_000),
    ("Responsable de magasin", "مسير المتجر", 8_500_000),
]
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
    path: Path, end: date | None = None, seed: int = 7, employees: int = 30
) -> PayrollDemoSummary:
    """Head office's replica at ``path``, paid for the three months before ``end``'s."""
    rng = random.Random(seed)
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
    deps = Deps(
        SqliteStore(replica),
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
    shift = Shift(new_id(), "J", "Journée", "نهار", time(8), time(17), 60, "012356")
    staff: list[tuple[UUID, UUID]] = []  # (employee, branch)
    with deps.store.transaction(ids["hr"]) as tx:
        tx.attendance.save_shift(shift, t0)
        for n in range(employees):
            first, first_ar = FIRST_NAMES[n % len(FIRST_NAMES)]
            last, last_ar = LAST_NAMES[(n * 5 + n // len(FIRST_NAMES)) % len(LAST_NAMES)]
            job, job_ar, base = JOBS[0 if n % 7 else 4] if n % 3 else JOBS[1 + n % 3]
            branch = (ids["alg01"], ids["alg02"], ids["ho"])[n % 3]
            hired = date(2020 + n % 5, 1 + n % 12, 1)
            number = f"E{n + 1:04d}"
            employee = Employee(
                new_id(),
                number,
                first,
                last,
                first_ar,
                last_ar,
                "DZ",
                branch,
                job,
                job_ar,
                hired,
                social_security_number=f"{80 + n % 20} {n:04d} {1000 + n} 11",
                bank_name="CPA",
                bank_account=f"00400{n:05d}{rng.randrange(10**8):08d}{n % 97:02d}",
            )
            contract = EmploymentContract(
                new_id(),
                employee.id,
                f"C-{number}",
                ContractKind.CDI,
                hired,
                "DZD",
                job_title=job,
                job_title_ar=job_ar,
            )
            allowances = [ContractAllowance("transport", 300_000)]
            if n % 4 == 0:
                allowances.append(ContractAllowance("meal", 250_000))
            tx.hr.save_employee(employee, t0)
            tx.hr.save_contract(contract, t0)
            tx.hr.add_terms(
                ContractTerms(
                    new_id(),
                    contract.id,
                    hired,
                    base + 50_000 * (n % 6),
                    Decimal(173),
                    Decimal(40),
                    tuple(allowances),
                    "hire",
                    t0,
                    ids["hr"],
                ),
                t0,
            )
            if n % 2:
                tx.hr.add_family_record(
                    FamilyRecord(
                        new_id(), employee.id, hired, MaritalStatus.MARRIED, n % 4, n % 4, n % 4 > 0
                    ),
                    t0,
                )
            if branch != ids["ho"]:  # clocked at the branch
                tx.attendance.save_staff_member(
                    StaffMember(
                        employee.id,
                        number,
                        f"{first} {last}",
                        f"{first_ar} {last_ar}",
                        branch,
                        shift.id,
                        None,
                    ),
                    t0,
                )
                staff.append((employee.id, branch))
    days = leaves = 0
    for month in months:
        with deps.store.transaction(ids["hr"]) as tx:
            for employee_id, branch in staff:
                off: set[date] = set()
                if rng.random() < 0.15:  # a few days of annual leave, approved
                    start = month + timedelta(days=rng.randrange(5, 20))
                    stop = start + timedelta(days=rng.randrange(1, 4))
                    off |= {start + timedelta(days=i) for i in range((stop - start).days + 1)}
                    tx.leave.save_leave_request(
                        LeaveRequest(
                            new_id(),
                            branch,
                            employee_id,
                            "annual",
                            start,
                            stop,
                            (stop - start).days + 1,
                            LeaveStatus.APPROVED,
                            "congé",
                            None,
                            _at(start - timedelta(days=10), 9),
                            ids["hr"],
                            _at(start - timedelta(days=9), 9),
                        ),
                        t0,
                    )
                    leaves += 1
                day = month
                while day <= month_end(month):
                    if shift.worked_on(day) and day not in off and rng.random() > 0.02:
                        extra = rng.choice((0, 0, 0, 0, 0, 0, 30, 60, 90, 120))
                        late = rng.choice((0, 0, 0, 0, 5, 15))
                        start_at = _at(day, 7, late)
                        tx.attendance.record_clock_in(
                            Attendance(
                                new_id(),
                                branch,
                                employee_id,
                                day,
                                start_at,
                                start_at + timedelta(minutes=540 + extra - late),
                                480,
                                late,
                                extra,
                                480 + extra - late,
                            ),
                            t0,
                        )
                        days += 1
                    day += timedelta(days=1)
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
    return PayrollDemoSummary(employees, days, leaves, tuple(runs))
