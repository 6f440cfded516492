"""PDFs read back the way a reader's tools do: poppler's pdftotext and pdftoppm."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image


def pdftotext(pdf: bytes, *args: str) -> str:
    """The text layer as pdftotext gives it (``-layout`` keeps the columns apart)."""
    done = subprocess.run(
        ["pdftotext", *args, "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def words(pdf: bytes) -> list[tuple[str, float, float, float]]:
    """Each word pdftotext finds, with its left and right edges and its bottom (points from
    the top of the page)."""
    return [word for page in page_words(pdf) for word in page]


def page_words(pdf: bytes) -> list[list[tuple[str, float, float, float]]]:
    """The words of each page, as ``words`` gives them."""
    html = pdftotext(pdf, "-bbox")
    pages: list[list[tuple[str, float, float, float]]] = []
    found: list[tuple[str, float, float, float]] = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            found = []
            pages.append(found)
        if not line.startswith("<word "):
            continue
        attrs = dict(
            part.split("=", 1) for part in line[6 : line.index(">")].replace('"', "").split()
        )
        text = line[line.index(">") + 1 : line.rindex("</word>")]
        found.append((text, float(attrs["xMin"]), float(attrs["xMax"]), float(attrs["yMax"])))
    return pages


def render(pdf: bytes, dpi: int = 150) -> Image.Image:
    """The first page rasterized by pdftoppm, in grey levels."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        out = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-gray", "-r", str(dpi), "-singlefile", str(source), str(out)],
            check=True,
        )
        with Image.open(out.with_suffix(".png")) as image:
            return image.convert("L")


def ink_runs(image: Image.Image) -> int:
    """How many separate blocks of ink a line of text makes, read across."""
    pixels = image.load()
    assert pixels is not None
    inked = [any(pixels[x, y] < 128 for y in range(image.height)) for x in range(image.width)]
    return sum(1 for x, ink in enumerate(inked) if ink and (x == 0 or not inked[x - 1]))
