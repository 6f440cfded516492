"""The kernel must import with only the standard library and babel (the server relies on it)."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import babel

ROOT = Path(__file__).resolve().parents[2]


def test_every_kernel_module_imports_without_third_party_packages(tmp_path: Path) -> None:
    # A site-packages of our own holding only babel; -S drops the real one.
    (tmp_path / "babel").symlink_to(Path(babel.__file__).parent)
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import erp_desktop.kernel as k
        names = [m.name for m in pkgutil.walk_packages(k.__path__, k.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        for banned in ("PySide6", "sqlalchemy", "httpx", "fastapi", "reportlab", "psycopg"):
            assert banned not in sys.modules, banned
            try:
                __import__(banned)
            except ImportError:
                pass
            else:
                raise AssertionError(banned + " should not be importable here")
        print(len(names))
        """
    )
    env = {"PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}", "PATH": os.environ.get("PATH", "")}
    result = subprocess.run(
        [sys.executable, "-S", "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 5
