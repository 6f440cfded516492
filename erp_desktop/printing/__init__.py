"""Documents printed at the branch (reportlab): A4 invoice, 80 mm receipt, reports, slips."""
