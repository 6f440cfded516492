"""Head office's payroll runs and their payslips (kernel.payroll.run), immutable once
written: a month is paid by one run, a change by a corrective run beside it. Only a head
office replica ever holds rows here (payroll is head office's, and never flows down to a
branch). A replica made before starts them empty, and gets the payroll accounts of its
country's chart (salaries, social charges, payroll taxes, what is owed to the social funds,
the tax office and the staff, advances), unless the company has those codes already.

Revision ID: 0016
Revises: 0015
"""

from datetime import UTC, datetime

from alembic import op

from erp_desktop.kernel.ids import new_id

revision = "0016"
down_revision = "0015"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS payroll_runs (
    id CHAR(32) NOT NULL,
    number VARCHAR(40) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    country VARCHAR(2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    month VARCHAR(10) NOT NULL,
    prepared_at VARCHAR(32) NOT NULL,
    prepared_by CHAR(32) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    corrects_id CHAR(32),
    previous TEXT NOT NULL,
    employees INTEGER NOT NULL,
    gross_minor INTEGER NOT NULL,
    net_to_pay_minor INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(corrects_id) REFERENCES payroll_runs (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payroll_runs_month ON payroll_runs (month)",
    """CREATE TABLE IF NOT EXISTS payslips (
    id CHAR(32) NOT NULL,
    run_id CHAR(32) NOT NULL,
    employee_id CHAR(32) NOT NULL,
    month VARCHAR(10) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_ar VARCHAR(200) NOT NULL,
    social_number VARCHAR(40) NOT NULL,
    bank_account VARCHAR(60) NOT NULL,
    job VARCHAR(100) NOT NULL,
    hours VARCHAR(40) NOT NULL,
    overtime_hours VARCHAR(40) NOT NULL,
    gross_minor INTEGER NOT NULL,
    net_to_pay_minor INTEGER NOT NULL,
    lines TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (run_id, employee_id),
    FOREIGN KEY(run_id) REFERENCES payroll_runs (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payslips_employee ON payslips (employee_id, month)",
)

# The payroll accounts as the charts had them when payroll came (frozen here).
_ACCOUNTS = {
    "DZ": (
        ("631", "Rémunérations du personnel", "أجور المستخدمين", "expense"),
        ("635", "Cotisations aux organismes sociaux", "الاشتراكات المدفوعة للهيئات الاجتماعية", "expense"),
        ("641", "Impôts, taxes et versements assimilés sur rémunérations", "الضرائب والرسوم على الأجور", "expense"),
        ("431", "Organismes sociaux", "الهيئات الاجتماعية", "liability"),
        ("442", "État, impôts et taxes recouvrables sur des tiers", "الدولة، الضرائب والرسوم القابلة للتحصيل من الغير", "liability"),
        ("421", "Personnel, rémunérations dues", "المستخدمون، الأجور المستحقة", "liability"),
        ("425", "Personnel, avances et acomptes accordés", "المستخدمون، التسبيقات الممنوحة", "asset"),
    ),
    "MA": (
        ("6171", "Rémunérations du personnel", "أجور المستخدمين", "expense"),
        ("6174", "Charges sociales", "التكاليف الاجتماعية", "expense"),
        ("6167", "Impôts, taxes et droits assimilés", "الضرائب والرسوم المماثلة", "expense"),
        ("4441", "Caisse nationale de sécurité sociale", "الصندوق الوطني للضمان الاجتماعي", "liability"),
        ("4452", "État, impôts, taxes et assimilés", "الدولة، الضرائب والرسوم", "liability"),
        ("4432", "Rémunérations dues au personnel", "الأجور المستحقة للمستخدمين", "liability"),
        ("3431", "Avances et acomptes au personnel", "تسبيقات للمستخدمين", "asset"),
    ),
    "TN": (
        ("640", "Salaires et compléments de salaires", "الأجور وملحقاتها", "expense"),
        ("647", "Charges sociales légales", "الأعباء الاجتماعية القانونية", "expense"),
        ("661", "Impôts, taxes et versements assimilés sur rémunérations", "الضرائب والأداءات على الأجور", "expense"),
        ("453", "Sécurité sociale et autres organismes sociaux", "الضمان الاجتماعي والهيئات الاجتماعية", "liability"),
        ("432", "État, impôts et taxes retenus à la source", "الدولة، الضرائب المقتطعة من المورد", "liability"),
        ("425", "Personnel, rémunérations dues", "الأعوان، الأجور المستحقة", "liability"),
        ("421", "Personnel, avances et acomptes", "الأعوان، التسبقات", "asset"),
    ),
}


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)
    country = connection.exec_driver_sql("SELECT country FROM company").scalar()
    if country not in _ACCOUNTS:
        return  # a replica not yet set up gets the whole chart when it is
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for code, name, name_ar, kind in _ACCOUNTS[country]:
        connection.exec_driver_sql(
            "INSERT INTO accounts (id, code, name, name_ar, type, role, created_at, updated_at) "
            "SELECT ?, ?, ?, ?, ?, NULL, ?, ? WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE code = ?)",
            (new_id().hex, code, name, name_ar, kind, now, now, code),
        )


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE payslips")
    connection.exec_driver_sql("DROP TABLE payroll_runs")
