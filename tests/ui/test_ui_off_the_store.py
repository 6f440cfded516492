"""The screens reach data only through app use cases: no ui module touches ``deps.store``
(the unit of work behind the use cases), whatever it is reached through. import-linter's
contract forbids importing the port; this catches the attribute the import does not show."""

import ast
from pathlib import Path

import erp_desktop.ui

UI = Path(erp_desktop.ui.__file__).parent


def store_uses(source: str) -> list[int]:
    """Lines where ``source`` reads an attribute named ``store`` (``deps.store.read()``)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr == "store"
    ]


def test_the_scan_finds_a_screen_that_opens_the_store_itself() -> None:
    job = "def job():\n    with self.ctx.deps.store.read() as tx:\n        return tx.company()\n"
    assert store_uses(job) == [2]
    assert store_uses("def job():\n    return company_of(deps, actor)\n") == []


def test_no_screen_calls_the_store_behind_the_use_cases() -> None:
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if (lines := store_uses(path.read_text(encoding="utf-8")))
    }
    assert found == {}
