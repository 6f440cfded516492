"""Receipts to ESC/POS thermal printers as a raster image.

Their built-in fonts cannot shape Arabic, so the receipt PDF is rendered to a bitmap the
printer's width (576 dots for 80 mm at 203 dpi) and sent with the raster image command
(GS v 0) through python-escpos. The same path serves any printer reachable by USB, serial or
network that escpos supports.
"""

from __future__ import annotations

import socket
from pathlib import Path
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


INITIALIZE = b"\x1b@"  # ESC @: the printer forgets the previous job's modes
RASTER = b"\x1dv0"  # GS v 0: the raster bit image command
DRAWER_PIN = 2  # the drawer's connector (pin 2 on nearly every drawer)


def escpos_job(pdf: bytes, open_drawer: bool = False, dots: int = PRINTER_DOTS) -> bytes:
    """The bytes of one receipt for an ESC/POS printer: initialize, kick the cash drawer
    (ESC p, on cash payments) so it opens while the receipt prints, the receipt as a raster
    image, then cut."""
    target = Dummy()
    target._raw(INITIALIZE)
    if open_drawer:
        target.cashdraw(DRAWER_PIN)
    target.image(receipt_image(pdf, dots), impl="bitImageRaster")
    target.cut()
    return bytes(target.output)


def send_to_network(data: bytes, host: str, port: int = 9100, timeout: float = 5.0) -> None:
    """Sends a job to a network thermal printer (raw TCP, port 9100 by convention)."""
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(data)


def send_to_device(data: bytes, path: Path) -> None:
    """Writes a job to a printer seen as a device file: USB (/dev/usb/lp0) or a serial port
    already set to the printer's speed (/dev/ttyS0, COM1)."""
    with path.open("wb") as device:
        device.write(data)
