"""Letter test helpers: rasterise with pdftoppm, read PNGs with pymupdf (no Qt here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest

GOLDEN = Path(__file__).parent / "golden"


def need_tool(name: str) -> str:
    """Path of a system tool the test needs (installed by `make sysdeps`); skip with the reason if missing."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (run `make sysdeps`)")
    return path


def rasterise(pdf_bytes: bytes, tmp_path: Path, *, dpi: int = 72) -> list[Path]:
    """Each page of a PDF as a greyscale PNG made by poppler's pdftoppm."""
    source = tmp_path / "letter.pdf"
    source.write_bytes(pdf_bytes)
    subprocess.run([need_tool("pdftoppm"), "-r", str(dpi), "-gray", "-png", str(source), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    return sorted(tmp_path.glob("page-*.png"))


def grey_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and one byte per pixel of a greyscale PNG."""
    pix = pymupdf.Pixmap(str(path))
    if pix.n != 1:
        pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
    return pix.width, pix.height, bytes(pix.samples)


def differing_fraction(a: Path, b: Path, *, threshold: int = 48) -> float:
    """Share of pixels whose grey level differs by more than threshold (1.0 when sizes differ)."""
    wa, ha, pa = grey_pixels(a)
    wb, hb, pb = grey_pixels(b)
    if (wa, ha) != (wb, hb):
        return 1.0
    return sum(1 for x, y in zip(pa, pb, strict=True) if abs(x - y) > threshold) / len(pa)
