"""erp-desktop's options are accepted where people type them, and its errors are sentences
in the user's language with the code beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from erp_desktop.bootstrap import replica_path
from erp_desktop.cli import main, user_language


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_DZ.UTF-8")


def test_demo_data_takes_the_data_folder_after_the_command(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    assert main(["demo-data", "--data-dir", str(folder), "--products", "20", "--days", "1"]) == 0
    assert replica_path(folder).exists()


def test_a_data_folder_typed_after_the_command_wins_over_one_typed_before(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    argv = ["--data-dir", str(before), "demo-data", "--data-dir", str(after)]
    assert main([*argv, "--products", "20", "--days", "1"]) == 0
    assert replica_path(after).exists() and not replica_path(before).exists()


def test_a_data_folder_typed_before_the_command_still_counts(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "demo-data", "--products", "20", "--days", "1"]) == 0
    assert replica_path(tmp_path).exists()


def test_an_existing_replica_is_refused_with_a_french_sentence_and_its_code(
    tmp_path: Path, french: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo-data", "--data-dir", str(tmp_path), "--products", "20", "--days", "1"]) == 0
    capsys.readouterr()
    assert main(["demo-data", "--data-dir", str(tmp_path), "--products", "20", "--days", "1"]) == 2
    error = capsys.readouterr().err
    assert "Une réplique existe déjà" in error and "--force" in error
    assert "(setup.replica_exists)" in error and "{" not in error


def test_a_bad_option_value_is_a_sentence_in_the_language_asked_for(
    tmp_path: Path, french: None, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["demo-data", "--lang", "en", "--data-dir", str(tmp_path), "--products", "0"]
    assert main(argv) == 2
    error = capsys.readouterr().err.strip()
    assert error == "erp-desktop: --products has an invalid value: 0. (common.invalid_value)"
    assert not replica_path(tmp_path).exists()


def test_the_smoke_check_without_a_replica_says_so_in_arabic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "ar", "--data-dir", str(tmp_path), "--smoke", "manager"]) == 2
    error = capsys.readouterr().err
    assert "لا توجد نسخة محلية" in error and "(setup.no_replica)" in error


def test_the_terminal_language_comes_from_lc_all_then_lc_messages_then_lang() -> None:
    assert user_language({"LANG": "fr_MA.UTF-8"}) == "fr"
    assert user_language({"LC_ALL": "ar_DZ.UTF-8", "LANG": "fr_FR"}) == "ar"
    assert user_language({"LC_MESSAGES": "de_DE", "LANG": "fr_FR"}) == "en"
    assert user_language({"LANG": "C.UTF-8"}) == "en"
    assert user_language({}) == "en"
