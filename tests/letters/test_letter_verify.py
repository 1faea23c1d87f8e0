"""Verification: a genuine letter verifies; any changed field, an unknown or revoked key, or a forgery does not."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from datetime import date

import pikepdf
import pymupdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from letter_helpers import need_tool, rasterise
from letter_samples import KEY_ID, SIGNING_KEY, shelter_letter
from reportlab.pdfgen.canvas import Canvas

from app.letters import Need, Reason, RevokedKey, UnknownKey, render_letter, verify_letter
from app.letters.payload import LetterPayload
from app.letters.pdf import DOCUMENT_KEY, PAYLOAD_KEY
from app.letters.render import render_with_payload

PUBLIC = SIGNING_KEY.public_key()


def post_keys(key_id):
    """The post's own keys: one device key, one revoked key."""
    if key_id == KEY_ID:
        return PUBLIC
    if key_id == "ISB-old":
        raise RevokedKey(key_id)
    return None


@pytest.fixture(scope="module")
def genuine():
    return render_letter(shelter_letter(), lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)


def docinfo(pdf: bytes, key: str) -> str:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return str(doc.docinfo[key])


def with_docinfo(pdf: bytes, **values: str) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for key, value in values.items():
            doc.docinfo[key] = value
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def test_genuine_letter_verifies(genuine):
    result = verify_letter(genuine, resolve_key=post_keys)
    assert result.valid and result.reason is None
    assert (result.letter_id, result.key_id, result.lang) == ("ISB-2026-L000042", KEY_ID, "en+ur")
    assert result.content == shelter_letter()


def test_payload_is_in_metadata_and_compact(genuine):
    payload = docinfo(genuine, PAYLOAD_KEY)
    decoded = LetterPayload.decode(payload)
    assert decoded.letter_id == "ISB-2026-L000042" and decoded.referral_id == shelter_letter().referral_id
    assert len(payload) < 260


CHANGES = {
    "letter_id": "ISB-2026-L000043",
    "issued_on": date(2026, 11, 29),
    "post_name": "Lahore Airport",
    "case_reference": "ISB-2026-000043",
    "recipient_name": "Edhi Home Karachi",
    "recipient_area": "Karachi",
    "services": ("shelter", "legal_aid"),
    "urgency": "emergency",
    "referring_officer": "Inspector Someone Else",
    "approving_supervisor": "Director Not Approved",
    "needs": (Need("shelter", "Any accommodation"),),
    "reason": "A different reason.",
}
PERSON_CHANGES = {"full_name": "Ayesha Begum", "age": 25, "nationality": "Afghan", "contact_phone": "+92 300 7654321"}


def forge(genuine: bytes, content, lang="en+ur") -> bytes:
    payload = LetterPayload.decode(docinfo(genuine, PAYLOAD_KEY))
    return render_with_payload(content, lang=lang, payload=payload)


@pytest.mark.parametrize("field", sorted(CHANGES))
def test_changed_letter_field_is_detected(genuine, field):
    forged = forge(genuine, dataclasses.replace(shelter_letter(), **{field: CHANGES[field]}))
    result = verify_letter(forged, resolve_key=post_keys)
    assert not result.valid and result.reason == Reason.CONTENT_CHANGED


@pytest.mark.parametrize("field", sorted(PERSON_CHANGES))
def test_changed_person_field_is_detected(genuine, field):
    letter = shelter_letter()
    person = dataclasses.replace(letter.person, **{field: PERSON_CHANGES[field]})
    result = verify_letter(forge(genuine, dataclasses.replace(letter, person=person)), resolve_key=post_keys)
    assert result.reason == Reason.CONTENT_CHANGED


def test_other_language_with_the_same_payload_is_detected(genuine):
    result = verify_letter(forge(genuine, shelter_letter(), lang="en"), resolve_key=post_keys)
    assert result.reason == Reason.CONTENT_CHANGED


def test_changed_print_under_the_original_content_fields_is_detected(genuine):
    """A forger keeps the signed fields in the metadata but prints other ones: the drawing gives it away."""
    forged = forge(genuine, dataclasses.replace(shelter_letter(), recipient_name="Edhi Home Karachi"))
    forged = with_docinfo(forged, **{DOCUMENT_KEY: docinfo(genuine, DOCUMENT_KEY)})
    result = verify_letter(forged, resolve_key=post_keys)
    assert result.reason == Reason.CONTENT_CHANGED
    assert "printed" in result.detail


def test_unknown_key_fails(genuine):
    assert verify_letter(genuine, resolve_key=lambda key_id: None).reason == Reason.UNKNOWN_KEY

    def raising(key_id):
        raise UnknownKey(key_id)

    assert verify_letter(genuine, resolve_key=raising).reason == Reason.UNKNOWN_KEY


def test_letter_signed_by_an_unknown_key_fails():
    stranger = Ed25519PrivateKey.generate()
    pdf = render_letter(shelter_letter(), lang="en", signing_key=stranger, key_id="LHE-dev-07")
    assert verify_letter(pdf, resolve_key=post_keys).reason == Reason.UNKNOWN_KEY


def test_letter_signed_by_a_revoked_key_fails():
    pdf = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id="ISB-old")
    result = verify_letter(pdf, resolve_key=post_keys)
    assert not result.valid and result.reason == Reason.REVOKED_KEY


def test_key_id_claimed_by_another_key_is_a_bad_signature():
    impostor = Ed25519PrivateKey.generate()
    pdf = render_letter(shelter_letter(), lang="en", signing_key=impostor, key_id=KEY_ID)
    assert verify_letter(pdf, resolve_key=post_keys).reason == Reason.BAD_SIGNATURE


def test_edited_payload_is_a_bad_signature(genuine):
    payload = LetterPayload.decode(docinfo(genuine, PAYLOAD_KEY))
    edited = dataclasses.replace(payload, referral_id="0193b0c4-0000-7a51-9c3f-5e2a8d41b7e0")
    forged = render_with_payload(shelter_letter(), lang="en+ur", payload=edited)
    assert verify_letter(forged, resolve_key=post_keys).reason == Reason.BAD_SIGNATURE


def test_other_pdfs_are_not_letters():
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Referral letter")
    canvas.save()
    assert verify_letter(buffer.getvalue(), resolve_key=post_keys).reason == Reason.NOT_A_LETTER
    assert verify_letter(b"not a pdf at all", resolve_key=post_keys).reason == Reason.NOT_A_LETTER


def test_garbled_payload_is_not_a_letter(genuine):
    forged = with_docinfo(genuine, **{PAYLOAD_KEY: "NRML1.garbage"})
    assert verify_letter(forged, resolve_key=post_keys).reason == Reason.NOT_A_LETTER


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_printed_qr_code_scans_to_the_metadata_payload(lang, tmp_path):
    """What a phone reads off the paper is the payload the PDF carries (zbar-tools decodes the QR)."""
    zbarimg = need_tool("zbarimg")
    pdf = render_letter(shelter_letter(), lang=lang, signing_key=SIGNING_KEY, key_id=KEY_ID)
    pages = rasterise(pdf, tmp_path, dpi=150)
    scanned = subprocess.run([zbarimg, "-q", "--raw", str(pages[-1])], capture_output=True, text=True)
    assert scanned.stdout.strip() == docinfo(pdf, PAYLOAD_KEY)


def test_text_drawn_over_the_page_with_an_annotation_is_detected(genuine):
    with pikepdf.open(io.BytesIO(genuine)) as doc:
        note = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.FreeText,
            Rect=[300, 600, 550, 640],
            Contents=pikepdf.String("Urgency: routine"),
            DA=pikepdf.String("/Helv 12 Tf 0 g"),
        )
        doc.pages[0].obj["/Annots"] = doc.make_indirect(pikepdf.Array([note]))
        out = io.BytesIO()
        doc.save(out)
    assert verify_letter(out.getvalue(), resolve_key=post_keys).reason == Reason.CONTENT_CHANGED


def test_a_post_logo_is_not_content(tmp_path):
    """Posts may use their own letterhead logo; the letter still verifies against its content."""
    logo = tmp_path / "logo.png"
    with pymupdf.open() as doc:
        page = doc.new_page(width=64, height=64)
        page.draw_rect(pymupdf.Rect(8, 8, 56, 56), color=(0, 0, 1), fill=(0, 0, 1))
        page.get_pixmap().save(str(logo))
    pdf = render_letter(shelter_letter(), lang="en", signing_key=SIGNING_KEY, key_id=KEY_ID, logo_path=logo)
    assert verify_letter(pdf, resolve_key=post_keys).valid


def test_long_letter_breaks_pages_and_still_verifies():
    long_reason = " ".join(["She asked for a female caseworker and for her mother to be told where she is."] * 25)
    needs = tuple(Need("shelter", f"Need number {i}: a quiet room, meals at fixed times, a phone call home") for i in range(12))
    letter = dataclasses.replace(shelter_letter(), reason=long_reason, needs=needs)
    pdf = render_letter(letter, lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) >= 4
    assert verify_letter(pdf, resolve_key=post_keys).valid


def test_a_letter_drawn_after_other_urdu_verifies_in_a_fresh_process(tmp_path):
    """Shaping gives ligature glyphs private codes in order of first use in the process and widths are cached, so
    a supervisor's second Urdu letter of the day once encoded differently from the same letter drawn anew in
    another process — and `letter verify` there called it changed. Each letter now shapes as a fresh process."""
    import sys
    from pathlib import Path

    from letter_samples import medical_letter
    from reportlab.pdfbase.ttfonts import shapeStr

    render_letter(medical_letter(), lang="ur", signing_key=SIGNING_KEY, key_id=KEY_ID)
    shapeStr("جنس کے لحاظ سے افراد", "NotoNastaliqUrdu-Bold", 10)  # Urdu shaped outside any letter, as a report does
    letter = tmp_path / "second.pdf"
    letter.write_bytes(render_letter(shelter_letter(), lang="en+ur", signing_key=SIGNING_KEY, key_id=KEY_ID))
    here = Path(__file__).parent
    check = ("import sys; from letter_samples import SIGNING_KEY; from app.letters import verify_letter; "
             f"r = verify_letter(open({str(letter)!r}, 'rb').read(), resolve_key=lambda k: SIGNING_KEY.public_key());"
             " print(r.detail); sys.exit(0 if r.valid else 1)")
    done = subprocess.run([sys.executable, "-c", check], cwd=str(here.parents[1]), capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": f"{here}:{here.parents[1]}"}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert done.stdout.strip() == "genuine and unchanged"
