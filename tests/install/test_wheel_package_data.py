"""An installed client finds its translations and fonts: they are package data inside the
wheel, read through importlib.resources, never from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ar", "fr", "en")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built by pip from a copy of the sources (no build/ left here)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for package in ("erp_desktop", "sync_server"):
        shutil.copytree(ROOT / package, source / package, ignore=junk)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(source)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (found,) = work.glob("maghreb_erp-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_carries_every_compiled_translation_and_both_fonts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in LANGUAGES:
        assert f"erp_desktop/resources/translations/erp_desktop_{language}.qm" in names
    for font in FONTS:
        assert f"erp_desktop/resources/fonts/{font}" in names
    assert "erp_desktop/resources/fonts/LICENSE-DejaVu.txt" in names
    assert "erp_desktop/resources/icons/maghreb-erp.png" in names


@pytest.mark.slow
def test_a_client_installed_in_a_fresh_venv_finds_its_translations_and_fonts_outside_the_sources(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(target)
    python = target / "bin" / "python"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", wheel],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    probe = (
        "import erp_desktop.resources as r\n"
        "print(r.package_folder())\n"
        "for lang in ('ar', 'fr', 'en'):\n"
        "    print((r.translations_dir() / f'erp_desktop_{lang}.qm').stat().st_size)\n"
        "for font in ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'):\n"
        "    print((r.fonts_dir() / font).stat().st_size)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ERP_RESOURCES")}
    ran = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert ran.returncode == 0, ran.stderr
    folder, *sizes = ran.stdout.split()
    assert Path(folder).is_relative_to(target) and not Path(folder).is_relative_to(ROOT)
    assert len(sizes) == 5 and all(int(size) > 1000 for size in sizes)
