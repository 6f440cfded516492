"""Receipts to ESC/POS thermal printers as a raster image.

Their built-in fonts cannot shape Arabic, so the receipt PDF is rendered to a bitmap the
printer's width (576 dots for 80 mm at 203 dpi) and sent with the raster image command
(GS v 0) through python-escpos. The same path serves any printer reachable by USB, serial or
network that escpos supports.
"""

from __future__ import annotations

from typing import Any

import pypdfium2
from escpos.printer import Dummy
from PIL import Image

PRINTER_DOTS = 576


def receipt_image(pdf: bytes, dots: int = PRINTER_DOTS) -> Image.Image:
    """The first page of ``pdf`` as a 1-bit image exactly ``dots`` wide."""
    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    scale = dots / page.get_width()
    image = page.render(scale=scale).to_pil().convert("L")
    document.close()
    bitmap: Image.Image = image.point(lambda v: 0 if v < 160 else 255, mode="1")
    return bitmap


def print_raster(pdf: bytes, printer: Any | None = None, dots: int = PRINTER_DOTS) -> bytes:
    """Sends the receipt to ``printer`` (an escpos printer; a Dummy one by default) and
    returns the bytes sent."""
    target = printer or Dummy()
    target.image(receipt_image(pdf, dots), impl="bitImageRaster")
    target.cut()
    return bytes(target.output) if isinstance(target, Dummy) else b""
