"""The Linux archive's install-desktop-entry puts Maghreb ERP in the desktop's menu: the
entry starts this folder's bundle, the icon is beside it, and --uninstall takes both away."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"


def _bundle(folder: Path) -> Path:
    """What build-linux leaves in dist/maghreb-erp, the bundle itself faked by a script."""
    folder.mkdir(parents=True)
    for name in ("maghreb-erp.desktop", "install-desktop-entry"):
        shutil.copy2(LINUX / name, folder / name)
    shutil.copy2(ROOT / "erp_desktop" / "resources" / "icons" / "maghreb-erp.png", folder)
    program = folder / "maghreb-erp"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="ascii")
    program.chmod(0o755)
    return folder


def _run(bundle: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    return subprocess.run(
        [str(bundle / "install-desktop-entry"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_the_menu_entry_starts_the_bundle_where_it_was_unpacked(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "opt dir" / "maghreb-erp")
    data = tmp_path / "share"
    done = _run(bundle, data)
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(data / "applications" / "maghreb-erp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Exec"] == f"{bundle}/maghreb-erp"
    assert desktop["Icon"] == "maghreb-erp"
    assert desktop["Comment[fr]"] and desktop["Comment[ar]"]
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "maghreb-erp.png"
    assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_uninstalling_the_menu_entry_removes_it_and_its_icon(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "maghreb-erp")
    data = tmp_path / "share"
    assert _run(bundle, data).returncode == 0
    assert _run(bundle, data, "--uninstall").returncode == 0
    assert not (data / "applications" / "maghreb-erp.desktop").exists()
    assert not (data / "icons" / "hicolor" / "256x256" / "apps" / "maghreb-erp.png").exists()


def test_the_entry_is_refused_when_the_bundle_is_not_beside_it(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "maghreb-erp")
    (bundle / "maghreb-erp").unlink()
    refused = _run(bundle, tmp_path / "share")
    assert refused.returncode == 1 and "maghreb-erp is missing" in refused.stderr
    assert not (tmp_path / "share" / "applications").exists()
