"""Demo staff, attendance and leave: a few dozen employees per company across its branches,
with bilingual names of the country, CDI and CDD contracts at salaries of the country (a
raise for some, dated), family situations, a day shift off on the weekly rest, and a
quarter of days clocked (a little late now and then, overtime on busy days, a forgotten
clock-out corrected by the manager) and leave (annual leave approved, a few sick days, one
request still pending).

``demo_people`` makes the records (pure); ``seed_people`` writes them: a branch replica gets
its own staff's profiles, days and leave only; a head-office replica everything.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from erp_desktop.app.auth import hash_secret
from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember, day_figures
from erp_desktop.kernel.hr.leave import LeaveRequest, LeaveStatus, leave_rules
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
from erp_desktop.storage.store import SqliteStore, SqliteUnitOfWork

# (first name, its Arabic, sex) and family names, per country
FIRST = {
    "DZ": [
        ("Amina", "أمينة", "F"), ("Yacine", "ياسين", "M"), ("Karim", "كريم", "M"),
        ("Nadia", "نادية", "F"), ("Sofiane", "سفيان", "M"), ("Lamia", "لمياء", "F"),
        ("Riad", "رياض", "M"), ("Meriem", "مريم", "F"), ("Bilal", "بلال", "M"),
        ("Imane", "إيمان", "F"), ("Walid", "وليد", "M"), ("Sabrina", "صبرينة", "F"),
    ],
    "MA": [
        ("Youssef", "يوسف", "M"), ("Fatima Zahra", "فاطمة الزهراء", "F"), ("Hamza", "حمزة", "M"),
        ("Salma", "سلمى", "F"), ("Mehdi", "مهدي", "M"), ("Khadija", "خديجة", "F"),
        ("Anas", "أنس", "M"), ("Hajar", "هاجر", "F"), ("Othmane", "عثمان", "M"),
        ("Zineb", "زينب", "F"), ("Ayoub", "أيوب", "M"), ("Meryem", "مريم", "F"),
    ],
    "TN": [
        ("Mohamed Amine", "محمد أمين", "M"), ("Rania", "رانية", "F"), ("Skander", "إسكندر", "M"),
        ("Ines", "إيناس", "F"), ("Aymen", "أيمن", "M"), ("Sarra", "سارة", "F"),
        ("Wassim", "وسيم", "M"), ("Mariem", "مريم", "F"), ("Firas", "فراس", "M"),
        ("Eya", "إية", "F"), ("Hedi", "الهادي", "M"), ("Olfa", "ألفة", "F"),
    ],
}  # fmt: skip
LAST = {
    "DZ": [("Benali", "بن علي"), ("Bouzid", "بوزيد"), ("Khelifi", "خليفي"), ("Mansouri", "منصوري"),
           ("Haddad", "حداد"), ("Saidi", "سعيدي"), ("Belkacem", "بلقاسم"), ("Cherif", "شريف")],
    "MA": [("El Idrissi", "الإدريسي"), ("Benjelloun", "بنجلون"), ("Alaoui", "العلوي"),
           ("Tazi", "التازي"), ("Bennani", "بناني"), ("Chraibi", "الشرايبي"), ("Fassi", "الفاسي"),
           ("Amrani", "العمراني")],
    "TN": [("Ben Salah", "بن صالح"), ("Trabelsi", "الطرابلسي"), ("Jaziri", "الجزيري"),
           ("Gharbi", "الغربي"), ("Mejri", "الماجري"), ("Ayari", "العياري"),
           ("Hammami", "الحمامي"), ("Bouazizi", "البوعزيزي")],
}  # fmt: skip
# Jobs with their monthly base salary range (major units) in each country's currency.
JOBS = [
    ("Caissier(ère)", "أمين(ة) صندوق", {"DZ": (28000, 38000), "MA": (3300, 4200), "TN": (650, 900)}),
    ("Magasinier", "أمين مخزن", {"DZ": (30000, 40000), "MA": (3400, 4500), "TN": (700, 950)}),
    ("Chef de rayon", "رئيس قسم", {"DZ": (42000, 60000), "MA": (5000, 7500), "TN": (1000, 1500)}),
    ("Responsable de magasin", "مسير المتجر", {"DZ": (70000, 95000), "MA": (9000, 14000), "TN": (1800, 2600)}),
]  # fmt: skip
CURRENCY = {"DZ": "DZD", "MA": "MAD", "TN": "TND"}
SCALE = {"DZ": 100, "MA": 100, "TN": 1000}
ZONES = {"DZ": "Africa/Algiers", "MA": "Africa/Casablanca", "TN": "Africa/Tunis"}
WEEKLY_HOURS = {"DZ": 40, "MA": 44, "TN": 48}  # loi 90-11 art. 2; CT MA art. 184; CT TN art. 79
# The shift's days: every day but the weekly rest (Friday in Algeria, Sunday elsewhere).
SHIFT_DAYS = {"DZ": "012356", "MA": "012345", "TN": "012345"}
# A monthly allowance of a kind each country's payroll rules name (kernel/payroll/data).
ALLOWANCE = {
    "DZ": ("transport", 2000_00),
    "MA": ("expense_refund", 300_00),
    "TN": ("expense_refund", 60_000),
}
PIN_OF_FIRST = "1357"  # the demo's first employee clocks with this PIN; the others 2000 + n


@dataclass(frozen=True)
class DemoEmployee:
    employee: Employee
    family: tuple[FamilyRecord, ...]
    contract: EmploymentContract
    terms: tuple[ContractTerms, ...]
    member: StaffMember


def demo_shift(country: str) -> Shift:
    return Shift(
        new_id(), "JOUR", "Journée", "نهار", time(8), time(16, 30), 30, SHIFT_DAYS[country]
    )


def demo_people(
    rng: random.Random, country: str, branches: list[UUID], per_branch: int, on: date, shift: Shift
) -> list[DemoEmployee]:
    made = []
    scale, currency = SCALE[country], CURRENCY[country]
    hours = Decimal(WEEKLY_HOURS[country])
    monthly = (hours * 52 / 12).quantize(Decimal("0.01"))
    pin_hash = hash_secret(PIN_OF_FIRST)
    for b, branch in enumerate(branches):
        for i in range(per_branch):
            n = b * per_branch + i
            first, first_ar, sex = FIRST[country][n % len(FIRST[country])]
            last, last_ar = LAST[country][(n * 5 + b) % len(LAST[country])]
            job = JOBS[3] if i == 0 else JOBS[2] if i == 1 else JOBS[1] if i % 4 == 3 else JOBS[0]
            low, high = job[2][country]
            fixed = i % 5 == 4  # a CDD of two years, begun lately
            hired = on - timedelta(days=rng.randint(60, 500) if fixed else rng.randint(200, 3600))
            born = hired - timedelta(days=365 * rng.randint(20, 40))
            employee = Employee(
                new_id(),
                f"{country}{n + 1:04d}",
                first,
                last,
                first_ar,
                last_ar,
                country,
                branch,
                job[0],
                job[1],
                hired,
                birth_date=born,
                gender=sex,
                national_id=f"{rng.randrange(10**17, 10**18)}",
                social_security_number=f"{rng.randrange(10**11, 10**12)}",
                address="",
                phone=f"0{rng.randint(5, 7)}{rng.randrange(10**7, 10**8)}",
                bank_name={"DZ": "CPA", "MA": "Attijariwafa bank", "TN": "BIAT"}[country],
                bank_account=f"{rng.randrange(10**19, 10**20)}",
            )
            married = rng.random() < 0.55
            children = rng.randint(0, 3) if married else 0
            family = (
                FamilyRecord(
                    new_id(),
                    employee.id,
                    hired,
                    MaritalStatus.MARRIED if married else MaritalStatus.SINGLE,
                    (1 + children) if married else 0,
                    children,
                    married and sex == "M",
                    datetime.combine(hired, time(9), UTC),
                ),
            )
            contract = EmploymentContract(
                new_id(),
                employee.id,
                f"C-{employee.number}",
                ContractKind.CDD if fixed else ContractKind.CDI,
                hired,
                currency,
                ends_on=hired + timedelta(days=2 * 365) if fixed else None,
                trial_ends_on=hired + timedelta(days=90 if i > 1 else 180),
                job_title=job[0],
                job_title_ar=job[1],
            )
            base = rng.randint(low, high) * scale
            allowances = (ContractAllowance(*ALLOWANCE[country]),)
            terms = [
                ContractTerms(
                    new_id(), contract.id, hired, base, monthly, hours, allowances, "hire",
                    datetime.combine(hired, time(9), UTC),
                )
            ]  # fmt: skip
            if rng.random() < 0.4:  # a raise this year, dated
                raised = on.replace(month=1, day=1)
                terms.append(
                    ContractTerms(
                        new_id(), contract.id, max(raised, hired + timedelta(days=1)),
                        base * 108 // 100 // scale * scale, monthly, hours, allowances, "raise",
                        datetime.combine(raised, time(9), UTC),
                    )
                )  # fmt: skip
            member = StaffMember(
                employee.id,
                employee.number,
                employee.full_name,
                employee.full_name_ar,
                branch,
                shift.id,
                pin_hash if n == 0 else hash_secret(str(2000 + n)),
                True,
                hired,
            )
            made.append(DemoEmployee(employee, family, contract, tuple(terms), member))
    return made


def _days(
    rng: random.Random, country: str, person: DemoEmployee, shift: Shift, first: date, last: date,
    off: set[date],
) -> list[Attendance]:  # fmt: skip
    zone = ZoneInfo(ZONES[country])
    holidays = leave_rules(country).holidays(first, last)
    found = []
    day = first
    while day <= last:
        if shift.worked_on(day) and day not in holidays and day not in off:
            late = rng.choice([0] * 8 + [3, 12, 25])
            stay = rng.choice([0] * 6 + [20, 45, 90])
            local_in = datetime.combine(day, shift.starts) + timedelta(minutes=late - 4)
            local_out = datetime.combine(day, shift.ends) + timedelta(minutes=stay)
            planned, lateness_, worked, overtime = day_figures(shift, day, local_in, local_out)
            found.append(
                Attendance(
                    new_id(),
                    person.member.branch_id,
                    person.member.id,
                    day,
                    local_in.replace(tzinfo=zone).astimezone(UTC),
                    local_out.replace(tzinfo=zone).astimezone(UTC),
                    planned,
                    lateness_,
                    overtime,
                    worked,
                )
            )
        day += timedelta(days=1)
    return found


def seed_branch_people(
    store: SqliteStore, seed: int, branches: list[UUID], end: date, manager: UUID
) -> int:
    """The Algerian demo branch's staff (the first of ``branches``), their quarter of days
    and leave: what a branch replica holds of HR (no record, no salary)."""
    with store.transaction(manager) as tx:
        return seed_people(tx, random.Random(seed + 15), "DZ", branches, branches[0], end, manager)


def seed_people(
    tx: SqliteUnitOfWork,
    rng: random.Random,
    country: str,
    branches: list[UUID],
    local_branch: UUID | None,
    end: date,
    manager: UUID | None,
    per_branch: int = 12,
    days: int = 91,
) -> int:
    """Writes the demo's staff; ``local_branch`` None means head office (every record).
    Returns the number of employees written."""
    now = datetime.combine(end, time(7), UTC)
    shift = next((s for s in tx.attendance.shifts() if s.code == "JOUR"), None)
    if shift is None:
        shift = demo_shift(country)
        tx.attendance.save_shift(shift, now)
    people = demo_people(rng, country, branches, per_branch, end - timedelta(days=days), shift)
    first, last = end - timedelta(days=days), end - timedelta(days=1)
    written = 0
    for n, person in enumerate(people):
        if local_branch is not None and person.member.branch_id != local_branch:
            continue
        written += 1
        tx.attendance.save_staff_member(person.member, now)
        if local_branch is None:
            tx.hr.save_employee(person.employee, now)
            for record in person.family:
                tx.hr.add_family_record(record, now)
            tx.hr.save_contract(person.contract, now)
            for terms in person.terms:
                tx.hr.add_terms(terms, now)
        rules = leave_rules(country)
        off: set[date] = set()
        if n % 3 == 0:  # a week of annual leave, approved
            start = first + timedelta(days=14 + n % 40)
            leave = LeaveRequest(
                new_id(), person.member.branch_id, person.member.id, "annual", start,
                start + timedelta(days=6), rules.count_days("annual", start, start + timedelta(days=6)),
                LeaveStatus.APPROVED, "Congé annuel", manager,
                datetime.combine(start - timedelta(days=10), time(10), UTC), manager,
                datetime.combine(start - timedelta(days=9), time(10), UTC), "",
            )  # fmt: skip
            tx.leave.save_leave_request(leave, now)
            off |= {start + timedelta(days=i) for i in range(7)}
        if n % 5 == 1:  # two sick days
            start = first + timedelta(days=30 + n % 20)
            sick = LeaveRequest(
                new_id(), person.member.branch_id, person.member.id, "sick", start,
                start + timedelta(days=1), 2, LeaveStatus.APPROVED, "Arrêt maladie", manager,
                datetime.combine(start, time(9), UTC), manager,
                datetime.combine(start, time(11), UTC), "",
            )  # fmt: skip
            tx.leave.save_leave_request(sick, now)
            off |= {start, start + timedelta(days=1)}
        if n % 7 == 2:  # a request for next month, still pending
            start = end + timedelta(days=20)
            tx.leave.save_leave_request(
                LeaveRequest(
                    new_id(), person.member.branch_id, person.member.id, "annual", start,
                    start + timedelta(days=3), rules.count_days("annual", start, start + timedelta(days=3)),
                    LeaveStatus.PENDING, "Mariage d'un frère", manager, now,
                ),
                now,
            )  # fmt: skip
        days_clocked = _days(rng, country, person, shift, first, last, off)
        for a in days_clocked:
            tx.attendance.record_clock_in(a, now)
        if days_clocked and n % 4 == 1 and manager is not None:  # a clock-out forgotten
            forgotten = days_clocked[len(days_clocked) // 2]
            tx.attendance.record_clock_out(
                Attendance(
                    forgotten.id, forgotten.branch_id, forgotten.staff_id, forgotten.work_date,
                    forgotten.clock_in, forgotten.clock_out, forgotten.planned_minutes,
                    forgotten.late_minutes, forgotten.overtime_minutes, forgotten.worked_minutes,
                    manager, "Badge oublié, heure relevée par le responsable",
                ),
                now,
            )  # fmt: skip
    return written
