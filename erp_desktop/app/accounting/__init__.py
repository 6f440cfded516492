"""Reports over the branch's local journal, and period closing."""
