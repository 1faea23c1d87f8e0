"""Issuing letters from a real vault: roles, referral states, consent-limited content, audit, verification."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.errors import AuthenticationFailed, NotFound, PermissionDenied, Refused
from app.domain.model import (
    CaseInput,
    Consent,
    Encounter,
    IdentityDocument,
    Need,
    Person,
    ReferralDraft,
    ScreeningRecord,
)
from app.letters import Reason, render_letter
from app.services import cases, letters, referrals
from app.storage import audit
from protocol.keys import key_id
from tests.conftest import PASSWORD, Post

DAY = dt.date(2026, 11, 20)
ISSUED = dt.date(2026, 11, 28)
SCREENING_WORDS = "Presumed victim"


def _case(*, consents: tuple[Consent, ...], refer_to: tuple[tuple[str, tuple[str, ...]], ...]) -> CaseInput:
    person = Person(given_name="Ayesha", family_name="Bibi", name_native="عائشہ بی بی", sex="female",
                    date_of_birth=dt.date(2002, 5, 1), nationality="PK", languages=("ur", "pa"),
                    documents=(IdentityDocument("cnic", "35202-1234567-8"),))
    screening = ScreeningRecord("ilo2009-adult-labour", "1.0", {}, {}, "presumed_victim_trafficking",
                                "Passport withheld by the recruiter.")
    return CaseInput(
        person=person, encounter=Encounter(date=DAY, place="Islamabad Airport", circumstance="interception"),
        screenings=(screening,), consents=consents,
        needs=(Need("shelter", "women-only"), Need("medical_care", "untreated wrist injury")),
        referrals=tuple(ReferralDraft(org, services, "urgent", "Needs help while the case is followed up.")
                        for org, services in refer_to),
    )


def _consent(org: str, *categories: str) -> Consent:
    return Consent(purpose="referral", recipient_id=org, method="written", given_on=DAY, data_categories=categories)


def seed_post(folder: Path) -> dict[str, str]:
    """Referrals: to the shelter and the clinic (consented), one with no consent, one left submitted, one draft."""
    post = Post(folder)
    consents = (_consent("org-shelter", "identity", "contact", "needs", "screening"),
                _consent("org-clinic", "identity", "needs", "health", "screening", "documents"))
    with post.unlock("officer") as officer:
        consented, ref = cases.create_case(officer, _case(
            consents=consents, refer_to=(("org-shelter", ("shelter",)), ("org-clinic", ("medical",)))))
        bare, _ = cases.create_case(officer, _case(consents=(), refer_to=(("org-shelter", ("shelter",)),)))
        ids = {r["provider_id"] + ("" if r["case_id"] == consented else "-bare"): r["id"]
               for r in referrals.list_referrals(officer)}
        ids["submitted"] = referrals.draft_referral(officer, consented, ReferralDraft("org-shelter", ("shelter",)))
        ids["draft"] = referrals.draft_referral(officer, consented, ReferralDraft("org-clinic", ("medical",)))
        for key in ("org-shelter", "org-clinic", "org-shelter-bare", "submitted"):
            referrals.submit(officer, ids[key])
    with post.unlock("supervisor") as supervisor:
        referrals.approve(supervisor, ids["org-shelter"])
        referrals.approve(supervisor, ids["org-clinic"])
        referrals.approve(supervisor, ids["org-shelter-bare"], override_reason="Emergency at night")
    return {"shelter": ids["org-shelter"], "clinic": ids["org-clinic"], "bare": ids["org-shelter-bare"],
            "submitted": ids["submitted"], "draft": ids["draft"], "reference": ref}


@pytest.fixture(scope="module")
def seeded_template(post_template, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("letters") / "post"
    shutil.copytree(post_template, folder)
    return folder, seed_post(folder)


@pytest.fixture
def seeded(seeded_template, tmp_path) -> tuple[Post, dict[str, str]]:
    target = tmp_path / "post"
    shutil.copytree(seeded_template[0], target)
    return Post(target, PASSWORD), seeded_template[1]


def text_of(pdf_bytes: bytes, password: str | None = None) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_officer_cannot_issue(seeded):
    post, ids = seeded
    with post.unlock("officer") as officer, pytest.raises(PermissionDenied):
        letters.issue_letter(officer, ids["shelter"], lang="en")


@pytest.mark.parametrize("state", ["submitted", "draft"])
def test_only_approved_referrals_get_letters(seeded, state):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor, pytest.raises(Refused, match=state):
        letters.issue_letter(supervisor, ids[state], lang="en")


def test_unknown_referral_and_language_are_refused(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        with pytest.raises(NotFound):
            letters.issue_letter(supervisor, "no-such-referral", lang="en")
        with pytest.raises(Refused, match="language"):
            letters.issue_letter(supervisor, ids["shelter"], lang="fr")


def test_shelter_letter_carries_what_the_shelter_may_see(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        issued = letters.issue_letter(supervisor, ids["shelter"], lang="en", issued_on=ISSUED)
        result = letters.verify(supervisor, issued.pdf_bytes)
    text = text_of(issued.pdf_bytes)
    assert ids["reference"] in text and "Referral letter" in text and issued.letter_id in text
    assert "Ayesha Bibi" in text and "Roshni Shelter (test)" in text and "Pakistani" in text
    assert "Safe accommodation women-only" in " ".join(text.split())
    # consented, but a shelter has no use for the screening outcome; health needs go to the clinic only
    assert SCREENING_WORDS not in text and "wrist" not in text and "35202" not in text
    person = issued.content.person
    assert (person.age, person.sex, person.is_child, person.languages) == (24, "female", False, ("ur", "pa"))
    assert person.nationality == "PK" and person.name_native == "عائشہ بی بی"  # codes: each letter prints its language
    assert result.valid and result.content == issued.content
    assert issued.key_id == result.key_id and len(issued.key_id) == 32


def test_medical_letter_never_carries_the_screening_outcome(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        issued = letters.issue_letter(supervisor, ids["clinic"], lang="en+ur")
    text = text_of(issued.pdf_bytes)
    assert "Ayesha Bibi" in text and "Medical care untreated wrist injury" in " ".join(text.split())
    assert SCREENING_WORDS not in text and "35202" not in text and "women-only" not in text
    assert issued.content.person.screening_outcome is None and issued.content.person.identity_document is None


def test_no_consent_prints_nothing_personal(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        issued = letters.issue_letter(supervisor, ids["bare"], lang="en")
    text = text_of(issued.pdf_bytes)
    assert "Ayesha" not in text and "Pakistani" not in text and "women-only" not in text
    assert issued.content.person == type(issued.content.person)() and issued.content.needs == ()


def test_issue_then_reissue_then_print_are_audited(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        first = letters.issue_letter(supervisor, ids["shelter"], lang="en")
        second = letters.issue_letter(supervisor, ids["shelter"], lang="ur")
        letters.record_print(supervisor, ids["shelter"])
        trail = [e["action"] for e in audit.entries_for_object(supervisor.db, [ids["shelter"]])]
    assert trail[-3:] == ["letter.issue", "letter.reissue", "letter.print"]
    assert (first.reissue, second.reissue) == (False, True) and first.letter_id != second.letter_id


def test_password_protected_letter(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        issued = letters.issue_letter(supervisor, ids["shelter"], lang="en", password="Shelter-Copy-1")
        assert letters.verify(supervisor, issued.pdf_bytes, password="Shelter-Copy-1").valid
        with pytest.raises(AuthenticationFailed):
            letters.verify(supervisor, issued.pdf_bytes, password="wrong")
        with pytest.raises(Refused, match="password"):
            letters.verify(supervisor, issued.pdf_bytes)
    assert issued.protected and pypdf.PdfReader(io.BytesIO(issued.pdf_bytes)).is_encrypted
    assert ids["reference"] in text_of(issued.pdf_bytes, "Shelter-Copy-1")


def test_public_key_file_verifies_without_a_password(seeded):
    post, ids = seeded
    with post.unlock("supervisor") as supervisor:
        issued = letters.issue_letter(supervisor, ids["shelter"], lang="en")
    keys = letters.public_keys_path(post.dir)
    assert keys.exists() and "PRIVATE" not in keys.read_text().upper()
    assert letters.verify(post.dir, issued.pdf_bytes).valid
    stranger = render_letter(issued.content, lang="en", signing_key=Ed25519PrivateKey.generate(),
                             key_id=key_id(Ed25519PrivateKey.generate()))
    assert letters.verify(post.dir, stranger).reason == Reason.UNKNOWN_KEY


def test_no_public_key_file_yet_is_one_clear_sentence(tmp_path):
    with pytest.raises(Refused, match="--user"):
        letters.verify(tmp_path, b"%PDF-1.4")
