"""Fingerprints of everything a letter's pages draw besides their operators: fonts, images, page and catalog.

`pdf.drawing` compares the content streams (text, positions, QR); a bit flipped in an embedded font program
or in the letterhead image changes the printed page without touching them. Here every object a page draws
with is serialised (dictionaries, arrays, and each stream's bytes as stored) into a SHA-256, so verification
can require the letter to draw with exactly the objects its signed content draws with. Images are kept apart:
a post may use its own letterhead logo, whose fingerprint the signed letter document then names.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

MAX_DEPTH = 32
_SKIP_PAGE = frozenset({"/Contents", "/Parent"})  # operators are compared by pdf.drawing; parent is the tree
_SKIP_CATALOG = frozenset({"/Pages", "/Extensions"})  # the page tree; the AES-256 extension level


@dataclass(frozen=True)
class PageResources:
    """One page: the digest of what it draws with (images aside) and the digests of its images."""

    drawn_with: str
    images: tuple[str, ...]


def fingerprints(pdf: pikepdf.Pdf) -> tuple[str, list[PageResources]]:
    """The catalog's digest (page tree aside) and each page's resources; raises pikepdf errors when damaged."""
    catalog = _digest(pdf.Root, skip=_SKIP_CATALOG)
    return catalog, [_page(page) for page in pdf.pages]


def image_digest(image: pikepdf.Object) -> str:
    """SHA-256 of an image XObject (its dictionary, soft mask and bytes as stored)."""
    return _digest(image)


def logo_digest(path: Path) -> str:
    """The fingerprint the letterhead logo at `path` has once reportlab embeds it in a letter."""
    buffer = io.BytesIO()
    saved, rl_config.useA85 = rl_config.useA85, 0  # as layout.compose writes streams
    try:
        canvas = Canvas(buffer, invariant=1)
        canvas.drawImage(str(path), 0, 0, 58, 58)
        canvas.showPage()
        canvas.save()
    finally:
        rl_config.useA85 = saved
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as drawn:  # saved as pdf.add_metadata saves a letter
        saved = io.BytesIO()
        drawn.save(saved, deterministic_id=True)
    with pikepdf.open(io.BytesIO(saved.getvalue())) as pdf:
        (_, images), = [_split(page) for page in pdf.pages]
    if len(images) != 1:
        raise ValueError("the letterhead logo did not embed as one image")
    return images[0]


def _page(page: pikepdf.Page) -> PageResources:
    rest, images = _split(page)
    return PageResources(rest, tuple(images))


def _split(page: pikepdf.Page) -> tuple[str, list[str]]:
    """Digest of the page dictionary with image XObjects replaced by a marker, and the images' digests."""
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    xobjects = resources.get("/XObject", pikepdf.Dictionary())
    images = {str(name): obj for name, obj in xobjects.items() if obj.get("/Subtype") == "/Image"}
    out = hashlib.sha256()
    for key in sorted(k for k in page.obj.keys() if k not in _SKIP_PAGE):
        out.update(key.encode() + b"=")
        if key == "/Resources":
            _resources(out, resources, images=set(images))
        else:
            _write(out, page.obj[key], depth=0, seen=set())
    return out.hexdigest(), sorted(image_digest(obj) for obj in images.values())


def _resources(out: hashlib._Hash, resources: pikepdf.Object, *, images: set[str]) -> None:
    for key in sorted(resources.keys()):
        out.update(key.encode() + b"=")
        if key != "/XObject":
            _write(out, resources[key], depth=1, seen=set())
            continue
        for name in sorted(resources[key].keys()):
            if name in images:
                continue  # images are compared by their digests; their names follow the logo's bytes
            out.update(name.encode() + b":")
            _write(out, resources[key][name], depth=2, seen=set())
        out.update(f"images:{len(images)}".encode())


def _digest(obj: pikepdf.Object, *, skip: frozenset[str] = frozenset()) -> str:
    out = hashlib.sha256()
    _write(out, obj, depth=0, seen=set(), skip=skip)
    return out.hexdigest()


def _write(out: hashlib._Hash, obj: object, *, depth: int, seen: set[tuple[int, int]],
           skip: frozenset[str] = frozenset()) -> None:
    """A typed, length-prefixed serialisation (so no two different objects serialise alike)."""
    if depth > MAX_DEPTH:
        raise ValueError("PDF objects nested too deeply")
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        ref = obj.objgen
        if ref in seen:
            out.update(b"R")  # a cycle: the object itself is already in the digest
            return
        seen = seen | {ref}
    if isinstance(obj, pikepdf.Stream):
        _chunk(out, b"S", bytes(obj.read_raw_bytes()))
        _write(out, obj.stream_dict, depth=depth + 1, seen=seen, skip=frozenset({"/Length"}))
    elif isinstance(obj, pikepdf.Dictionary):
        keys = sorted(k for k in obj.keys() if k not in skip)
        _chunk(out, b"D", str(len(keys)).encode())
        for key in keys:
            _chunk(out, b"K", key.encode())
            _write(out, obj[key], depth=depth + 1, seen=seen)
    elif isinstance(obj, pikepdf.Array):
        _chunk(out, b"A", str(len(obj)).encode())
        for item in obj:
            _write(out, item, depth=depth + 1, seen=seen)
    elif isinstance(obj, pikepdf.String):
        _chunk(out, b"s", bytes(obj))
    else:
        _chunk(out, b"v", str(obj).encode())


def _chunk(out: hashlib._Hash, tag: bytes, data: bytes) -> None:
    out.update(tag + len(data).to_bytes(8, "big") + data)
