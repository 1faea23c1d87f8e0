"""A sweep of single-bit flips across a whole letter (issue 18 item 4): every flip that changes a printed page
fails verification — including flips in the embedded font programs and in the letterhead image.

Offsets are a fixed sample spread over every object of the file (each stream at several points of its bytes)
and over the cross-reference table and trailer. Each flipped file is rendered by poppler's pdftoppm and
compared with the render of the untouched letter.
"""

from __future__ import annotations

import io
import random
import re
import subprocess
from pathlib import Path

import pikepdf
from letter_helpers import need_tool
from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter

from app.letters import render_letter, verify_letter

PER_STREAM, PER_OBJECT, TAIL = 6, 2, 6


def post_keys(key_id: str):
    """The post's own device key."""
    return SIGNING_KEY.public_key() if key_id == KEY_ID else None
_OBJ = re.compile(rb"(\d+) (\d+) obj\b")


def _render(data: bytes, folder: Path) -> list[bytes] | None:
    """Every page as pdftoppm draws it (colour PPM bytes); None when poppler cannot draw the file."""
    folder.mkdir()
    (folder / "in.pdf").write_bytes(data)
    done = subprocess.run([need_tool("pdftoppm"), "-r", "72", str(folder / "in.pdf"), str(folder / "p")],
                          capture_output=True, timeout=120)  # fmt: skip
    pages = sorted(folder.glob("p-*.ppm"))
    return [p.read_bytes() for p in pages] if done.returncode == 0 and pages else None


def _kinds(data: bytes) -> dict[int, str]:
    """Object number -> what it is: font program, image, content stream, or other."""
    kinds: dict[int, str] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Stream):
                continue
            if obj.get("/Subtype") == "/Image":
                kinds[obj.objgen[0]] = "image"
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                for desc in _descriptors(font):
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        if key in desc:
                            kinds[desc[key].objgen[0]] = "font program"
            contents = page.obj.Contents
            for stream in contents if isinstance(contents, pikepdf.Array) else [contents]:
                kinds[stream.objgen[0]] = "content"
    return kinds


def _descriptors(font: pikepdf.Object) -> list[pikepdf.Object]:
    found = [font["/FontDescriptor"]] if "/FontDescriptor" in font else []
    for child in font.get("/DescendantFonts", []):
        found.extend(_descriptors(child))
    return found


def _offsets(data: bytes) -> list[tuple[int, int]]:
    """(object number, offset) pairs spread over every object, and some in the xref table and trailer."""
    rng = random.Random(18_4)
    starts = [(int(m.group(1)), m.start()) for m in _OBJ.finditer(data)]
    picks: list[tuple[int, int]] = []
    for number, start in starts:
        end = data.index(b"endobj", start)
        body = data.find(b"stream", start, end)
        if body != -1:
            lo, hi = body + len(b"stream\n"), data.rindex(b"endstream", start, end)
            picks += [(number, rng.randrange(lo, hi)) for _ in range(PER_STREAM)]
        picks += [(number, rng.randrange(start, body if body != -1 else end)) for _ in range(PER_OBJECT)]
    tail = data.rindex(b"xref")
    picks += [(0, rng.randrange(tail, len(data) - 6)) for _ in range(TAIL)]
    return picks


def test_every_flip_that_changes_a_printed_page_fails_verification(tmp_path):
    letter = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id=KEY_ID)
    assert verify_letter(letter, resolve_key=post_keys).valid
    original = _render(letter, tmp_path / "original")
    assert original is not None
    kinds = _kinds(letter)
    assert {"font program", "image", "content"} <= set(kinds.values())
    rng = random.Random(18)
    changed: dict[str, int] = {}
    slipped: list[str] = []
    for number, (obj, offset) in enumerate(_offsets(letter)):
        flipped = bytearray(letter)
        flipped[offset] ^= 1 << rng.randrange(8)
        if _render(bytes(flipped), tmp_path / f"flip-{number}") == original:
            continue  # this flip does not change what is printed: verification may say either
        kind = kinds.get(obj, "other")
        changed[kind] = changed.get(kind, 0) + 1
        if verify_letter(bytes(flipped), resolve_key=post_keys).valid:
            slipped.append(f"{kind} (object {obj}) at byte {offset}")
    assert not slipped, f"flips that change the printed letter but still verify: {slipped}"
    # the sweep really reached what the attack used: fonts and the letterhead image changed the print
    assert changed.get("font program", 0) >= 3 and changed.get("image", 0) >= 1, changed


def test_a_swapped_post_logo_fails_verification(tmp_path):
    """A post's own logo is named in the signed document: printing another image in its place is caught."""
    import pymupdf

    logos = []
    for name, colour in (("blue", (0, 0, 1)), ("red", (1, 0, 0))):
        with pymupdf.open() as doc:
            page = doc.new_page(width=64, height=64)
            page.draw_rect(pymupdf.Rect(8, 8, 56, 56), color=colour, fill=colour)
            page.get_pixmap().save(str(tmp_path / f"{name}.png"))
        logos.append(tmp_path / f"{name}.png")
    signed = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id=KEY_ID, logo_path=logos[0])
    other = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id=KEY_ID, logo_path=logos[1])
    assert verify_letter(signed, resolve_key=post_keys).valid
    with pikepdf.open(io.BytesIO(signed)) as pdf, pikepdf.open(io.BytesIO(other)) as donor:
        (name, image), = pdf.pages[0].Resources.XObject.items()
        (_, red), = donor.pages[0].Resources.XObject.items()
        image.write(red.read_raw_bytes(), filter=pikepdf.Name.FlateDecode)
        out = io.BytesIO()
        pdf.save(out)
    result = verify_letter(out.getvalue(), resolve_key=post_keys)
    assert not result.valid and "images" in result.detail
