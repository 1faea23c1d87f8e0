"""What a referral letter says: the content dataclasses and their canonical, hashable form."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.letters.payload import ID_PATTERN
from protocol import disclosure

LAYOUT_VERSION = 2  # 2: taller Urdu lines and the terms paragraph kept with the signatures; a layout-1 letter is refused as "another version of the letter layout", never as "content changed"
LANGUAGES = ("en", "ur", "en+ur")
URGENCIES = ("routine", "urgent", "emergency")
SEXES = ("female", "male", "other")


class ContentInvalid(ValueError):
    """Letter content that cannot be printed or read back (bad value or unknown field)."""


@dataclass(frozen=True)
class Need:
    """One recorded need, tagged with the service type that meets it.

    `code` names the need (app.domain.picklists.NEEDS) and `text` is then the officer's note; letters issued
    before needs had codes carry the need's English name in `text` and no code.
    """

    service: str
    text: str
    code: str | None = None


@dataclass(frozen=True)
class Person:
    """The person referred; only the fields that are set are printed."""

    full_name: str | None = None
    name_native: str | None = None  # the name in the person's own script, when one was recorded
    sex: str | None = None
    age: int | None = None
    is_child: bool | None = None
    nationality: str | None = None
    languages: tuple[str, ...] = ()
    contact_phone: str | None = None
    identity_document: str | None = None
    family_details: str | None = None
    screening_outcome: str | None = None
    circumstances: str | None = None


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on one referral letter, already limited to what the recipient may see."""

    letter_id: str
    referral_id: str
    issued_on: date
    post_name: str
    post_code: str
    case_reference: str
    recipient_name: str
    recipient_types: tuple[str, ...]
    recipient_area: str
    services: tuple[str, ...]
    urgency: str
    referring_officer: str
    approving_supervisor: str
    person: Person = field(default_factory=Person)
    needs: tuple[Need, ...] = ()
    reason: str | None = None
    # Set when a supervisor approved the referral without the person's consent: the reason they recorded.
    override_reason: str | None = None
    # A letter from a practice post (training mode, issue 19): a diagonal TRAINING watermark on every page; signed
    # with the content, so a verifier re-draws it and a letter with it removed no longer verifies.
    training: bool = False

    def __post_init__(self) -> None:
        """Refuse values the letter cannot print."""
        _require(isinstance(self.training, bool), "training must be true or false")
        _require(self.urgency in URGENCIES, f"urgency must be one of {URGENCIES}")
        _require(self.person.sex in (None, *SEXES), f"sex must be one of {SEXES}")
        known = set(disclosure.SERVICE_TYPES)
        _require(set(self.services) <= known, "unknown service requested")
        _require(set(self.recipient_types) <= known, "unknown recipient type")
        _require(all(n.service in known for n in self.needs), "need tagged with an unknown service")
        for name in ("letter_id", "referral_id"):
            _require(bool(ID_PATTERN.match(getattr(self, name))), f"{name} must be 1-64 of A-Z a-z 0-9 _ : -")
        for name in ("case_reference", "recipient_name", "post_name"):
            _require(bool(getattr(self, name).strip()), f"{name} is empty")


def _require(ok: bool, message: str) -> None:
    """Raise ContentInvalid with message unless ok."""
    if not ok:
        raise ContentInvalid(message)


def content_for_recipient(
    content: LetterContent, *, consented: Iterable[str], person: Mapping[str, Any] | None = None
) -> LetterContent:
    """Limit a letter's person fields and needs to what this recipient's consent and service types allow."""
    services = content.recipient_types
    source = dict(person) if person is not None else _person_dict(content.person)
    kept = disclosure.disclose(source, service_types=services, consented=consented)
    needs = tuple(
        n for n in content.needs if disclosure.need_visible(n.service, service_types=services, consented=consented)
    )
    return dataclasses.replace(content, person=_person_from(kept), needs=needs)


def _person_dict(person: Person) -> dict[str, Any]:
    """Set fields of a Person as a plain dict."""
    return {k: v for k, v in dataclasses.asdict(person).items() if v not in (None, ())}


def _person_from(values: Mapping[str, Any]) -> Person:
    """Build a Person from a dict, refusing unknown keys."""
    names = {f.name for f in dataclasses.fields(Person)}
    unknown = sorted(set(values) - names)
    _require(not unknown, f"unknown person field: {', '.join(unknown)}")
    clean = dict(values)
    if "languages" in clean:
        clean["languages"] = tuple(clean["languages"])
    return Person(**clean)


def content_fields(content: LetterContent) -> dict[str, Any]:
    """The canonical content fields of a letter: plain JSON values, unset person fields left out."""
    fields = {f.name: getattr(content, f.name) for f in dataclasses.fields(LetterContent)}
    fields["issued_on"] = content.issued_on.isoformat()
    fields["person"] = {k: list(v) if isinstance(v, tuple) else v for k, v in _person_dict(content.person).items()}
    fields["needs"] = [_need_fields(n) for n in content.needs]
    if content.override_reason is None:
        del fields["override_reason"]  # letters issued on consent keep the form they always had
    if not content.training:
        del fields["training"]  # real letters keep the form they always had
    for name in ("recipient_types", "services"):
        fields[name] = list(fields[name])
    return fields


def _need_fields(need: Need) -> dict[str, Any]:
    """A need as plain JSON (no code key for needs that have none, as in older letters)."""
    fields = {"service": need.service, "text": need.text}
    if need.code is not None:
        fields["code"] = need.code
    return fields


def content_from_fields(fields: Mapping[str, Any]) -> LetterContent:
    """Rebuild a LetterContent from its content fields (the inverse of content_fields)."""
    try:
        values = dict(fields)
        values["issued_on"] = date.fromisoformat(values["issued_on"])
        values["person"] = _person_from(values.get("person", {}))
        values["needs"] = tuple(Need(service=n["service"], text=n["text"], code=n.get("code"))
                                for n in values.get("needs", []))
        values["recipient_types"] = tuple(values["recipient_types"])
        values["services"] = tuple(values["services"])
        return LetterContent(**values)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ContentInvalid(f"letter content cannot be read: {exc}") from exc


def letter_document(content: LetterContent, *, lang: str, logo: str | None = None,
                    verify_url: str | None = None) -> dict[str, Any]:
    """What the signature covers: the content fields, the language variant and the layout version.

    A post's own letterhead logo is named by its fingerprint (`logo`), so the signature covers the image
    printed; letters with the standard logo leave it out and are compared with the standard one. The office's
    verification address is covered when the letter prints one (left out when not, so older letters hash as before)."""
    _require(lang in LANGUAGES, f"lang must be one of {LANGUAGES}")
    document = {"content": content_fields(content), "lang": lang, "layout": LAYOUT_VERSION}
    if logo is not None:
        document["logo"] = logo
    if verify_url:
        document["verify_url"] = verify_url
    return document


