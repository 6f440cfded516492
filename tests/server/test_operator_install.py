"""The server as an operator installs it (installer/server): the environment file names
everything the server reads, and the systemd unit's command line, with that file's values,
starts several workers that answer on loopback and stop cleanly when systemd stops them."""

from __future__ import annotations

import ast
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sync_server.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "installer" / "server"
INSTALLED = "/opt/maghreb-erp/venv/bin/erp-sync-server"


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as systemd's EnvironmentFile reads them (comments and blanks skipped)."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


def variables_read_by_settings() -> set[str]:
    tree = ast.parse((ROOT / "sync_server" / "settings.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("get", "__getitem__")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def test_the_environment_file_names_every_setting_the_server_reads() -> None:
    shipped = read_env_file(SERVER / "sync-server.env")
    read = variables_read_by_settings()
    assert {"DATABASE_URL", "ERP_DB_POOL_SIZE", "ERP_HEAD_OFFICE_KEY"} <= read
    assert read <= set(shipped)


def test_the_environment_file_as_shipped_gives_valid_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in read_env_file(SERVER / "sync-server.env").items():
        monkeypatch.setenv(key, value)
    settings = Settings.from_environment()
    assert settings.database_url.startswith("postgresql://erp_api")
    assert settings.pool_size == 5 and settings.head_office_key is None


def _exec_start(unit: Path, env: dict[str, str]) -> list[str]:
    (line,) = [
        x for x in unit.read_text(encoding="utf-8").splitlines() if x.startswith("ExecStart=")
    ]
    expanded = re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], line.removeprefix("ExecStart="))
    return shlex.split(expanded)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.postgres
def test_the_units_command_starts_two_workers_that_answer_and_stop_on_sigterm(
    pg_url: str,
) -> None:
    env = {
        **read_env_file(SERVER / "sync-server.env"),
        "DATABASE_URL": pg_url,
        "ERP_PORT": str(_free_port()),
        "ERP_WORKERS": "2",
    }
    command = _exec_start(SERVER / "erp-sync-server.service", env)
    assert command[0] == INSTALLED and command[1] == "serve"
    assert "--workers" in command and command[command.index("--workers") + 1] == "2"
    process = subprocess.Popen(
        [sys.executable, "-m", "sync_server.cli", *command[1:]],
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{env['ERP_PORT']}/api/v1/health"
        deadline = time.monotonic() + 60
        answers: list[int] = []
        while time.monotonic() < deadline and len(answers) < 10:
            try:
                answers.append(httpx.get(url, timeout=2).status_code)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answers == [200] * 10
    finally:
        process.send_signal(signal.SIGTERM)  # what systemctl stop sends
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert output.count("Started server process") == 2, output


UNITS = (
    "erp-sync-server.service",
    "erp-sync-backup.service",
    "erp-sync-backup.timer",
    "erp-sync-reconcile.service",
    "erp-sync-reconcile.timer",
)


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is systemd's")
def test_systemd_accepts_every_unit_as_written(tmp_path: Path) -> None:
    """systemd-analyze verify, with the programs the units start where they name them."""
    prefix = tmp_path / "opt"
    for program in ("venv/bin/erp-sync-server", "installer/server/erp-sync-backup"):
        (prefix / program).parent.mkdir(parents=True, exist_ok=True)
        (prefix / program).write_text("#!/bin/sh\n", encoding="ascii")
        (prefix / program).chmod(0o755)
    for unit in UNITS:
        text = (SERVER / unit).read_text(encoding="utf-8")
        (tmp_path / unit).write_text(text.replace("/opt/maghreb-erp", str(prefix)), "utf-8")
    checked = subprocess.run(
        ["systemd-analyze", "verify", *(f"./{unit}" for unit in UNITS)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0 and not checked.stderr.strip(), checked.stderr
