"""Mixed-direction lines for reportlab: wrap in logical order by measured width, then order runs visually.

reportlab shapes Arabic script with uharfbuzz but leaves line order to rlbidi, which is not on PyPI.
So each paragraph's embedding levels come from python-bidi (rules X1-I2 of the Unicode algorithm), lines
are wrapped by measured width and their runs reordered here (rules L1-L2), and each right-to-left run
is handed to harfbuzz in logical order: harfbuzz joins the letters and returns the glyphs left to
right, so words keep their order inside the run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from app.letters import fonts

LATIN_IN_URDU = 0.86  # Noto Sans looks larger than Nastaliq at the same size
_DRAWING = threading.Lock()


@contextmanager
def fresh_shaping() -> Iterator[None]:
    """Shape as a fresh process would, one document at a time.

    Shaping files each glyph without a code point of its own (a Nastaliq ligature) under the next free private-use
    code of its font, in order of first use in the process, and measured widths are cached. A letter's pages are
    checked by drawing its signed content again (app.letters.verify), often in another process, so a letter must
    not be encoded differently because other Urdu was shaped or measured before it in the same process.
    """
    with _DRAWING:
        fonts.forget_private_codes()
        text_width.cache_clear()
        yield


@dataclass(frozen=True)
class Style:
    """How a block of text is set: size, weight, base direction and line height."""

    size: float
    rtl: bool = False
    bold: bool = False
    leading: float = 0.0

    @property
    def line_height(self) -> float:
        """Distance between baselines (Nastaliq needs about twice its size)."""
        return self.leading or self.size * (2.0 if self.rtl else 1.3)


@dataclass(frozen=True)
class Piece:
    """A stretch of one line in one font and one direction, in visual position."""

    text: str
    font: str
    size: float
    rtl: bool
    width: float


Leveled = list[tuple[str, int]]  # visible characters with their resolved embedding levels


def resolve(text: str, *, rtl: bool) -> Leveled:
    """Rules X1-I2 over a whole paragraph with its direction forced; embedding controls (LRE..PDF) drop out."""
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return [(ch["ch"], ch["level"]) for ch in storage["chars"]]


def level_runs(line: Leveled) -> list[tuple[int, str]]:
    """A line cut into maximal runs of one level, in logical order."""
    runs: list[tuple[int, str]] = []
    for ch, level in line:
        if runs and runs[-1][0] == level:
            runs[-1] = (level, runs[-1][1] + ch)
        else:
            runs.append((level, ch))
    return runs


def visual_order(runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse each sequence at or above it."""
    if not runs:
        return []
    order = list(runs)
    top = max(level for level, _ in order)
    lowest_odd = min((level for level, _ in order if level % 2), default=top + 1)
    for floor in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][0] < floor:
                i += 1
                continue
            j = i
            while j < len(order) and order[j][0] >= floor:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def _font_spans(text: str, *, rtl: bool, bold: bool) -> list[tuple[str, str]]:
    """Cut a same-direction run where the font changes, in logical order."""
    spans: list[tuple[str, str]] = []
    for ch in text:
        name = fonts.font_for(ch, rtl_context=rtl, bold=bold)
        if spans and spans[-1][0] == name:
            spans[-1] = (name, spans[-1][1] + ch)
        else:
            spans.append((name, ch))
    return spans


@lru_cache(maxsize=4096)
def text_width(text: str, font: str, *, size: float) -> float:
    """Advance width of text in one font after harfbuzz shaping (joining changes widths)."""
    shaped = shapeStr(text, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return float(pdfmetrics.stringWidth(text, font, size))
    return float(sum(d.x_advance for d in data) * size / 1000)


def _has_strong_rtl(text: str) -> bool:
    """Whether harfbuzz will guess right-to-left for this text (it contains Arabic letters)."""
    return any(fonts.is_arabic(ch) and ch.isalpha() for ch in text)


def pieces(line: Leveled, style: Style) -> list[Piece]:
    """A resolved line as font pieces from left to right (rule L2, then fonts)."""
    result: list[Piece] = []
    for level, run in visual_order(level_runs(line)):
        rtl = bool(level % 2)
        spans = _font_spans(run, rtl=rtl, bold=style.bold)
        for font, span in reversed(spans) if rtl else spans:
            shown = span if not rtl or _has_strong_rtl(span) else _mirror_reverse(span)
            size = style.size * (LATIN_IN_URDU if style.rtl and fonts.LATIN in font else 1.0)
            result.append(Piece(shown, font, size, rtl, text_width(shown, font, size=size)))
    return result


def _mirror_reverse(text: str) -> str:
    """Neutral characters in a right-to-left run: reversed, brackets mirrored (harfbuzz will not)."""
    return "".join(MIRRORED.get(ch, ch) for ch in reversed(text))


def _width(line: Leveled, style: Style) -> float:
    """Width of a resolved line as it will be drawn."""
    return sum(p.width for p in pieces(line, style))


def line_width(text: str, style: Style) -> float:
    """Width of one line of text as it will be drawn."""
    return _width(resolve(text, rtl=style.rtl), style)


def _words(line: Leveled) -> list[tuple[Leveled, Leveled]]:
    """Split a resolved paragraph at spaces into (the space before, the word), keeping resolved levels."""
    words: list[tuple[Leveled, Leveled]] = []
    gap: Leveled = []
    for item in line:
        if item[0] in " \t\n":  # a no-break space (U+00A0) keeps a date or name together
            gap = gap or [(" ", item[1])]
        elif gap or not words:
            words.append((gap, [item]))
            gap = []
        else:
            words[-1][1].append(item)
    return words


def wrap(text: str, width: float, *, style: Style) -> list[Leveled]:
    """Resolve the whole paragraph, then wrap greedily in logical order by measured width.

    Levels come from the whole paragraph (a comma before a line break keeps its context); a line
    drops the spaces at its ends (rule L1), and a word wider than the line gets a line of its own.
    Spaces break Arabic joining, so a line is as wide as its words and spaces measured one by one.
    """
    lines: list[Leveled] = []
    current: Leveled = []
    used = 0.0
    for gap, word in _words(resolve(text, rtl=style.rtl)):
        word_width = _width(word, style)
        extra = (_width(gap, style) if gap else 0.0) + word_width
        if current and used + extra > width:
            lines.append(current)
            current, used = list(word), word_width
        else:
            current, used = ([*current, *gap, *word], used + extra) if current else (list(word), word_width)
    if current:
        lines.append(current)
    return lines


def _aligned_x(x: float, width: float, *, total: float, style: Style, align: str) -> float:
    """Left edge of a line of the given total width in the box [x, x + width]."""
    if align == "start":
        align = "right" if style.rtl else "left"
    if align == "centre":
        return x + (width - total) / 2
    return x + width - total if align == "right" else x


def draw_paragraph(
    canvas: Canvas, text: str, *, x: float, y: float, width: float, style: Style, align: str = "start"
) -> float:
    """Wrap and draw a paragraph whose first baseline is y; returns the baseline after the last line."""
    for line in wrap(text, width, style=style):
        draw_resolved(canvas, line, x=x, y=y, width=width, style=style, align=align)
        y -= style.line_height
    return y


def draw_line(
    canvas: Canvas, text: str, *, x: float, y: float, width: float, style: Style, align: str = "start"
) -> float:
    """Draw one line in the box [x, x + width]; align is start (by direction), left, right or centre."""
    return draw_resolved(canvas, resolve(text, rtl=style.rtl), x=x, y=y, width=width, style=style, align=align)


def draw_resolved(
    canvas: Canvas, line: Leveled, *, x: float, y: float, width: float, style: Style, align: str = "start"
) -> float:
    """Draw a line from wrap() piece by piece from the left; returns its width."""
    parts = pieces(line, style)
    total = sum(p.width for p in parts)
    start = _aligned_x(x, width, total=total, style=style, align=align)
    for part in parts:
        canvas.setFont(part.font, part.size)
        canvas.drawString(start, y, _shaped(part))
        start += part.width
    return total


def _shaped(part: Piece) -> str:
    """Arabic-script pieces as harfbuzz-shaped strings (joining, marks); Latin pieces as they are.

    Without rlbidi, reportlab's drawString(shaping=True) silently does not shape, so the shaped
    string (a ttfonts.ShapedStr carrying harfbuzz positions) is passed to drawString directly.
    """
    if fonts.NASTALIQ in part.font or fonts.NASKH in part.font:
        shaped: str = shapeStr(part.text, part.font, part.size)  # a str subclass: keep it, never str() it
        return shaped
    return part.text
