"""Draws the client's icon (a shop front under an awning, in the ERP's teal) with Pillow:
erp_desktop/resources/icons/maghreb-erp.png (256 px, the Linux desktop entry and the window)
and maghreb-erp.ico (16 to 256 px, the Windows installer and shortcuts).

    .venv/bin/python installer/make_icon.py      (the outputs are committed)
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "erp_desktop" / "resources" / "icons"
TEAL, DARK, WHITE, SAND = (0, 121, 107), (0, 77, 64), (255, 255, 255), (255, 213, 128)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    u = size / 16
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(3 * u), fill=TEAL)
    # the awning: alternating stripes with scalloped edge
    top, bottom = 3 * u, 6 * u
    stripes = 6
    width = (size - 4 * u) / stripes
    for i in range(stripes):
        left = 2 * u + i * width
        colour = WHITE if i % 2 == 0 else SAND
        pen.rectangle((left, top, left + width, bottom), fill=colour)
        pen.pieslice(
            (left, bottom - width / 2, left + width, bottom + width / 2), 0, 180, fill=colour
        )
    # the shop: wall, door and window
    pen.rectangle((3 * u, 6.5 * u, 13 * u, 13 * u), fill=WHITE)
    pen.rectangle((4 * u, 8.5 * u, 7.5 * u, 13 * u), fill=DARK)
    pen.rectangle((8.5 * u, 8.5 * u, 12 * u, 11 * u), fill=DARK)
    pen.rectangle((2 * u, 13 * u, 14 * u, 13.6 * u), fill=DARK)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "maghreb-erp.png")
    big.save(
        OUT / "maghreb-erp.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)],
    )


if __name__ == "__main__":
    main()
