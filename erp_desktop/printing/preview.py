"""PNG previews of printed documents (pages rendered with pdfium), for review and tests."""

from __future__ import annotations

from pathlib import Path

import pypdfium2


def pdf_to_png(pdf: bytes, path: Path, page: int = 0, dpi: int = 80) -> Path:
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[page].render(scale=dpi / 72).to_pil().save(path)
    finally:
        document.close()
    return path
