"""Files the client ships inside its package: the fonts, the compiled translations and the
icon. They are package data, so an installed wheel or a PyInstaller bundle has them where
this module is, whatever the current folder (nothing is read from the source tree).

``ERP_RESOURCES`` names another folder holding ``fonts/`` (a branch that wants its own).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def package_folder() -> Path:
    """The folder of this package, on disk (wheels and bundles install it unpacked)."""
    return Path(str(resources.files(__name__)))


def fonts_dir() -> Path:
    override = os.environ.get("ERP_RESOURCES")
    return (Path(override) if override else package_folder()) / "fonts"


def translations_dir() -> Path:
    """The Qt catalogs ``erp_desktop_<lang>.qm`` (their ``.ts`` sources sit beside them)."""
    return package_folder() / "translations"


def icons_dir() -> Path:
    return package_folder() / "icons"
