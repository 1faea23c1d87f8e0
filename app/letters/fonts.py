"""The letter's fonts: registered once with reportlab, chosen per character with a fallback order."""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import require_resource

LATIN, NASTALIQ, NASKH = "NotoSans", "NotoNastaliqUrdu", "NotoNaskhArabic"
_FILES = {LATIN: "NotoSans", NASTALIQ: "NotoNastaliqUrdu", NASKH: "NotoNaskhArabic"}
_PRIVATE_USE = range(0xE000, 0xF900)  # where reportlab files shaped glyphs that have no code point of their own
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


class ShapingUnavailable(RuntimeError):
    """reportlab cannot shape Arabic script here (uharfbuzz missing or shaping switched off)."""


def font_name(family: str, *, bold: bool = False) -> str:
    """The registered reportlab name of a family in regular or bold."""
    return f"{family}-Bold" if bold else f"{family}-Regular"


@cache
def register() -> None:
    """Register the vendored TTFs with reportlab and check that Arabic shaping really happens."""
    for family, stem in _FILES.items():
        for weight in ("Regular", "Bold"):
            path = require_resource("fonts", f"{stem}-{weight}.ttf")
            pdfmetrics.registerFont(TTFont(f"{family}-{weight}", str(path)))
    for family in (NASTALIQ, NASKH):
        if not pdfmetrics.getFont(font_name(family)).shapable:
            raise ShapingUnavailable(f"reportlab will not shape {family}: install uharfbuzz")


def forget_private_codes() -> None:
    """Drop the private-use codes shaping gave glyphs without a code point of their own (see rtl.fresh_shaping)."""
    register()
    for family in _FILES:
        for bold in (False, True):
            _forget_private(pdfmetrics.getFont(font_name(family, bold=bold)))


def _forget_private(font: TTFont) -> None:
    face = font.face
    for code in [c for c in face.charToGlyph if c in _PRIVATE_USE]:
        gid = face.charToGlyph.pop(code)
        face.charWidths.pop(code, None)
        codes = [c for c in face.glyphToChar.get(gid, ()) if c != code]
        if codes:
            face.glyphToChar[gid] = codes
        else:
            face.glyphToChar.pop(gid, None)
    # reportlab keeps the glyph-name → code map and the next free code as private attributes of the font.
    font._TTFont__hbUnis = {}  # type: ignore[attr-defined]
    font._TTFont__hbPrivate = 0xE000  # type: ignore[attr-defined]


@cache
def _coverage(name: str) -> frozenset[int]:
    """Code points the named font has glyphs for."""
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def is_arabic(ch: str) -> bool:
    """Whether a character is in one of the Arabic-script blocks."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ARABIC_BLOCKS)


@lru_cache(maxsize=8192)
def font_for(ch: str, *, rtl_context: bool, bold: bool = False) -> str:
    """The first font of the fallback order that has a glyph for ch (Urdu fonts first in RTL context)."""
    order = (NASTALIQ, NASKH, LATIN) if is_arabic(ch) or rtl_context else (LATIN, NASTALIQ, NASKH)
    for family in order:
        name = font_name(family, bold=bold)
        if ord(ch) in _coverage(name):
            return name
    return font_name(order[0], bold=bold)
