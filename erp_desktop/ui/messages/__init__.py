"""Error codes made into sentences for people, in the user's language.

The kernel and app raise codes with parameters; this is the only place they become text.
Every code has its French and Arabic sentence here (a test checks that none is missing and
that each names the same parameters as the code's English description, declared beside
the code in ``kernel/error_codes``).
"""

from __future__ import annotations

import string
from typing import Any

from erp_desktop.kernel.errors import ErpError, error_catalog
from erp_desktop.ui.messages import (
    accounting,
    backups,
    business,  # issue 13, its documents
    common,
    crm,
    hr,
    inventory,
    payroll,
    purchasing,
    sales,
    shop_setup,
    sync,
)

# code: (French, Arabic), one file per business area
MESSAGES: dict[str, tuple[str, str]] = {
    **accounting.MESSAGES,
    **common.MESSAGES,
    **crm.MESSAGES,
    **inventory.MESSAGES,
    **payroll.MESSAGES,
    **purchasing.MESSAGES,
    **sales.MESSAGES,
    **sync.MESSAGES,
    **business.MESSAGES,
    **hr.MESSAGES,
    **shop_setup.MESSAGES,
    **backups.MESSAGES,
}

_LANGUAGE_INDEX = {"fr": 0, "ar": 1}


def template(code: str, language: str) -> str:
    """The sentence of ``code`` in ``language`` ("ar", "fr" or "en"), before its parameters."""
    index = _LANGUAGE_INDEX.get(language)
    texts = MESSAGES.get(code)
    if index is not None and texts is not None:
        return texts[index]
    english = error_catalog().get(code, code)
    return english[:1].upper() + english[1:] + "."


def message(error: ErpError, language: str) -> str:
    """The sentence for ``error`` in ``language``."""
    return _fill(template(error.code, language), error.params)


def parameters(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
