"""Reads an EAN-13 from the pixels of a rendered page, as a scanner reads a line across the
bars: the widths of the runs of dark and light, the guards, the L/G/R codes and the parity
that gives the first digit. Enough to know a printed barcode scans to the right number."""

from __future__ import annotations

L_CODES = {
    "0001101": 0, "0011001": 1, "0010011": 2, "0111101": 3, "0100011": 4,
    "0110001": 5, "0101111": 6, "0111011": 7, "0110111": 8, "0001011": 9,
}  # fmt: skip
G_CODES = {code[::-1].translate(str.maketrans("01", "10")): d for code, d in L_CODES.items()}
R_CODES = {code.translate(str.maketrans("01", "10")): d for code, d in L_CODES.items()}
PARITY = {
    "LLLLLL": 0, "LLGLGG": 1, "LLGGLG": 2, "LLGGGL": 3, "LGLLGG": 4,
    "LGGLLG": 5, "LGGGLL": 6, "LGLGLG": 7, "LGLGGL": 8, "LGGLGL": 9,
}  # fmt: skip


def _runs(line: list[bool]) -> list[tuple[bool, int]]:
    runs: list[tuple[bool, int]] = []
    for dark in line:
        if runs and runs[-1][0] == dark:
            runs[-1] = (dark, runs[-1][1] + 1)
        else:
            runs.append((dark, 1))
    return runs


def read_ean13(line: list[bool]) -> str | None:
    """The EAN-13 a row of pixels (True: dark) crosses, or None."""
    runs = _runs(line)
    for start in range(len(runs) - 59):
        window = runs[start : start + 59]  # 3 guard + 24 left + 5 middle + 24 right + 3
        if not window[0][0]:
            continue
        module = sum(n for _, n in window) / 95
        if module < 1:
            continue
        bits = "".join(("1" if dark else "0") * max(1, round(n / module)) for dark, n in window)
        if len(bits) != 95 or bits[:3] != "101" or bits[45:50] != "01010" or bits[92:] != "101":
            continue
        digits, parity = [], ""
        for k in range(6):
            code = bits[3 + 7 * k : 10 + 7 * k]
            if code in L_CODES:
                digits.append(L_CODES[code])
                parity += "L"
            elif code in G_CODES:
                digits.append(G_CODES[code])
                parity += "G"
            else:
                break
        else:
            right = [R_CODES.get(bits[50 + 7 * k : 57 + 7 * k]) for k in range(6)]
            if parity in PARITY and None not in right:
                return "".join(map(str, [PARITY[parity], *digits, *right]))  # type: ignore[list-item]
    return None
