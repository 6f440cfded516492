"""erp-sync-server says what went wrong as a sentence with the code beside it, and names the
roles a user may have, in its help and when a role is not one of them."""

from __future__ import annotations

import pytest

from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.permissions import Role
from sync_server import cli


def test_the_help_of_user_add_lists_every_role(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        cli.main(["user", "add", "--help"])
    assert leaving.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert f"one of {', '.join(r.value for r in Role)}" in shown


def test_an_error_is_a_sentence_with_its_code_not_a_dict() -> None:
    said = cli.explain(NotFound("common.not_found", entity="branch", id="ORN09"))
    assert said == "branch ORN09 does not exist (common.not_found)"


def test_an_unknown_role_names_the_roles_there_are() -> None:
    said = cli.explain(ValidationError("common.invalid_value", field="role", value="manager"))
    assert said.startswith("role has an invalid value: manager; the roles are cashier, ")
    assert "branch_manager" in said and said.endswith("(common.invalid_value)")


@pytest.mark.postgres
def test_adding_a_user_with_an_unknown_role_fails_with_the_list_of_roles(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.setenv("ERP_USER_PASSWORD", "a-long-password")
    assert cli.main(["user", "add", "samira", "--name", "Samira", "--role", "manager"]) == 1
    error = capsys.readouterr().err.strip()
    roles = ", ".join(r.value for r in Role)
    assert error == (
        "erp-sync-server: role has an invalid value: manager; "
        f"the roles are {roles} (common.invalid_value)"
    )


@pytest.mark.postgres
def test_an_unknown_role_is_refused_before_the_password_is_asked(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.delenv("ERP_USER_PASSWORD", raising=False)

    def asked(prompt: str = "") -> str:
        raise AssertionError("the password was asked for a user that cannot be added")

    monkeypatch.setattr(cli.getpass, "getpass", asked)
    assert cli.main(["user", "add", "samira", "--name", "Samira", "--role", "manager"]) == 1
    assert "the roles are cashier, " in capsys.readouterr().err
