"""Urdu really is shaped by harfbuzz and laid out right to left, word order intact, on wrapped lines."""

from __future__ import annotations

import dataclasses

import pymupdf
from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr

from app.letters import fonts, render_letter, rtl, texts, verify_letter


def words_by_line(pdf: bytes, page: int = 0) -> dict[int, list[tuple[float, str]]]:
    """Extractable words (Latin and digits) grouped into lines (bottoms within 6 pt), with their left x."""
    lines: dict[int, list[tuple[float, str]]] = {}
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for x0, _y0, _x1, y1, word, *_ in doc[page].get_text("words"):
            if not word.isascii():
                continue  # shaped Nastaliq glyphs do not extract as text; their bounding boxes vary
            key = next((k for k in lines if abs(k - y1) < 6), round(y1))
            lines.setdefault(key, []).append((x0, word))
    return lines


def x_of(line: list[tuple[float, str]], word: str) -> float:
    return next(x for x, w in line if w == word)


def test_reportlab_shapes_nastaliq_with_harfbuzz():
    fonts.register()
    name = fonts.font_name(fonts.NASTALIQ)
    assert pdfmetrics.getFont(name).shapable
    word = "خدمات"
    shaped = shapeStr(word, name, 12)
    assert hasattr(shaped, "__shapeData__"), "harfbuzz did not shape the word"
    assert str(shaped) != word, "joined forms must replace the isolated letters"


def test_urdu_paragraph_wraps_and_reads_right_to_left():
    letter = shelter_letter()
    latin_only = dataclasses.replace(letter, person=dataclasses.replace(letter.person, name_native=None))
    pdf = render_letter(latin_only, lang="ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    lines = words_by_line(pdf)
    first = next(line for line in lines.values() if {"Airport", "Bibi"} <= {w for _, w in line})
    # the post comes first in the sentence, so it sits at the right; the name follows to its left
    assert x_of(first, "Islamabad") > x_of(first, "Bibi") > x_of(first, "Ayesha")
    assert x_of(first, "Airport") > x_of(first, "Islamabad"), "an English name keeps its own order"
    dated = next(line for line in lines.values() if any(w == "28" for _, w in line) and any(w == "2026" for _, w in line))
    assert x_of(dated, "28") > x_of(dated, "2026"), "28 نومبر 2026 reads from the right"


def test_body_paragraph_wraps_over_several_lines_with_date_kept_whole():
    style = rtl.Style(12.0, rtl=True, leading=23.0)
    issued = texts.format_date(shelter_letter().issued_on, "ur")
    body = texts.body("ur", name="Ayesha Bibi", issued=issued, post="Islamabad Airport")
    lines = rtl.wrap(body, 499.0, style=style)
    assert len(lines) >= 3
    texts_of = ["".join(ch for ch, _ in line) for line in lines]
    assert sum("2026" in t for t in texts_of) == 1 and any("28\u00a0نومبر\u00a02026" in t for t in texts_of)
    assert all(rtl.line_width("".join(ch for ch, _ in line), style) <= 499.0 + 0.01 for line in lines[:-1])


def test_visual_order_keeps_words_in_reading_order():
    fonts.register()
    style = rtl.Style(12.0, rtl=True)
    parts = rtl.pieces(rtl.resolve("یہ خط Ayesha Bibi کو 28 نومبر 2026 کو دیا گیا۔", rtl=True), style)
    shown = [p.text for p in parts]
    # left to right on the page: the end of the sentence first, then 2026, the month, 28, the name, the start
    assert shown.index("2026") < shown.index("28") < shown.index("Ayesha Bibi")
    assert shown[-1].startswith("یہ خط"), "the first words of the sentence are drawn rightmost"


def test_brackets_are_mirrored_in_right_to_left_runs():
    fonts.register()
    parts = rtl.pieces(rtl.resolve("بچہ (18 سال)", rtl=True), rtl.Style(12.0, rtl=True))
    assert [p.text for p in parts][1] == "18"
    assert all("(" not in p.text or p.rtl for p in parts)


def test_name_written_in_urdu_inside_an_english_line_keeps_its_letters_in_order():
    fonts.register()
    parts = rtl.pieces(rtl.resolve("refers عائشہ بی بی to you", rtl=False), rtl.Style(10.0))
    assert [p.text for p in parts][0] == "refers "
    urdu = [p for p in parts if p.rtl]
    assert urdu and "".join(p.text for p in urdu).strip() == "عائشہ بی بی", "one run, handed to harfbuzz in logical order"


def test_letter_with_an_urdu_script_name_renders_and_verifies():
    letter = shelter_letter()
    letter = dataclasses.replace(letter, person=dataclasses.replace(letter.person, full_name="عائشہ بی بی"))
    pdf = render_letter(letter, lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    assert verify_letter(pdf, resolve_key=lambda key_id: SIGNING_KEY.public_key()).valid
