"""Payroll at head office: a month's run prepared, reviewed and posted through the document
spine, its corrective runs, payslips read by HR or by the employee alone."""
