"""Human resources: an employee's record and contracts (head office's), the attendance
profile a branch clocks against, attendance and leave (the branch's). Pure values and rules;
payroll itself is ``kernel.payroll``."""
