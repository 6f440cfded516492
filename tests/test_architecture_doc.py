"""docs/architecture.md says the same as the code: each import-linter contract of
pyproject.toml stands in its section 2 by name, and nothing there names a contract gone."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def contracts() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [c["name"] for c in config["tool"]["importlinter"]["contracts"]]


def layers_section() -> str:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    return text.split("## 2. Layers", 1)[1].split("\n## ", 1)[0]


def test_every_layer_contract_is_on_the_map_by_its_name() -> None:
    section = layers_section()
    assert [name for name in contracts() if f"**{name}**" not in section] == []


def test_the_map_names_no_contract_the_code_does_not_check() -> None:
    named = re.findall(r"^- \*\*(.+?)\*\*", layers_section(), flags=re.M)
    assert sorted(named) == sorted(contracts())
