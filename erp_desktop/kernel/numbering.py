"""Gapless document numbers per register and year, e.g. ``ALG01-C1-2026-000123``.

The number is allocated in the same local transaction as the document, so numbering never
needs the network and a rolled-back sale never burns a number. The server checks each
series for gaps and duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from erp_desktop.kernel.errors import ValidationError

# ASCII digits only, the whole text: ``\d`` would take Arabic-Indic digits and ``$`` a
# trailing newline, numbers no series holds.
_NUMBER = re.compile(r"([A-Z0-9]{2,10})-([A-Z0-9]{1,6})-([0-9]{4})-([0-9]{6})")


@dataclass(frozen=True, slots=True, order=True)
class DocumentNumber:
    branch: str
    register: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.branch}-{self.register}-{self.year:04d}-{self.sequence:06d}"

    @property
    def series(self) -> str:
        return f"{self.branch}-{self.register}-{self.year:04d}"


def format_number(branch: str, register: str, year: int, sequence: int) -> str:
    number = DocumentNumber(branch, register, year, sequence)
    if not _NUMBER.fullmatch(str(number)) or sequence < 1:
        raise ValidationError("numbering.invalid", number=str(number))
    return str(number)


def parse_number(text: str) -> DocumentNumber:
    match = _NUMBER.fullmatch(text)
    if not match or int(match.group(4)) < 1:  # every series starts at 1
        raise ValidationError("numbering.invalid", number=text)
    return DocumentNumber(match.group(1), match.group(2), int(match.group(3)), int(match.group(4)))


@dataclass(frozen=True, slots=True)
class SeriesCheck:
    series: str
    first: int
    last: int
    missing: tuple[int, ...]
    duplicates: tuple[int, ...]

    @property
    def intact(self) -> bool:
        return not self.missing and not self.duplicates


def check_series(numbers: Iterable[str]) -> list[SeriesCheck]:
    """Gaps and duplicates of every series found in ``numbers`` (each starts at 1)."""
    seen: dict[str, list[int]] = {}
    for text in numbers:
        parsed = parse_number(text)
        seen.setdefault(parsed.series, []).append(parsed.sequence)
    checks = []
    for series, seqs in sorted(seen.items()):
        unique = set(seqs)
        duplicates = (
            sorted({s for s in seqs if seqs.count(s) > 1}) if len(unique) != len(seqs) else []
        )
        last = max(unique)
        missing = sorted(set(range(1, last + 1)) - unique)
        checks.append(SeriesCheck(series, min(unique), last, tuple(missing), tuple(duplicates)))
    return checks
