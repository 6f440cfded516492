"""Errors as data: a stable code and its parameters.

Text for people is made at the edge (the Qt UI, the HTTP problem+json body) in the user's
language; the kernel only says *what* went wrong. Every code is declared once in a file of
``erp_desktop.kernel.error_codes`` so that a test can check each one has a message in every
language.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache
from typing import Any


class ErpError(Exception):
    """A business error with a stable ``code`` (``module.reason``) and parameters."""

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in error_catalog():
            raise LookupError(f"undeclared error code {code!r}")
        self.code = code
        self.params: dict[str, Any] = dict(params)
        rendered = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        super().__init__(f"{code}({rendered})" if rendered else code)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": {k: _plain(v) for k, v in self.params.items()}}


class ValidationError(ErpError):
    """Bad input: the request is refused and nothing is written."""


class PermissionDenied(ErpError):
    """The acting user's role does not grant the permission the use case needs."""


class NotFound(ErpError):
    """A referenced record does not exist (or is soft-deleted)."""


class ConflictError(ErpError):
    """The request contradicts the current state (closed period, finalized document...)."""


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


@cache
def error_catalog() -> Mapping[str, str]:
    """Every declared code with its English description template.

    Each module of ``erp_desktop.kernel.error_codes`` exports ``CODES: dict[str, str]``.
    """
    from erp_desktop.kernel import error_codes

    catalog: dict[str, str] = {}
    for info in pkgutil.iter_modules(error_codes.__path__):
        module = importlib.import_module(f"{error_codes.__name__}.{info.name}")
        for code, text in module.CODES.items():
            if code in catalog:
                raise RuntimeError(f"error code {code!r} declared twice")
            catalog[code] = text
    return catalog
