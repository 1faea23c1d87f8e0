"""Hub page texts: every message and every code in both languages, Urdu without Latin letters or raw codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from central.web import i18n, labels

LATIN = re.compile(r"[A-Za-z]")
TEMPLATES = Path(i18n.__file__).resolve().parent / "templates"


@pytest.mark.parametrize("key", sorted(i18n.MESSAGES))
def test_every_message_has_english_and_urdu(key):
    english, urdu = i18n.MESSAGES[key]
    assert english.strip() and urdu.strip()
    assert not LATIN.search(urdu), f"{key}: Latin letters on an Urdu page: {urdu}"
    assert urdu != english


@pytest.mark.parametrize(("kind", "codes"), sorted(labels.VOCABULARIES.items()))
def test_every_code_of_the_hub_vocabularies_has_a_label(kind, codes):
    for code in codes:
        assert code in labels.LABELS[kind], f"{kind} {code} has no label"
        english, urdu = labels.LABELS[kind][code]
        assert english and urdu and not LATIN.search(urdu)
        assert labels.label(kind, code, "ur") != code and labels.label(kind, code, "en") != code


def test_an_unlisted_code_is_never_shown_raw():
    assert labels.label("step", "<script>", "ur") == labels.UNKNOWN[1]
    assert labels.label("service", "made_up", "en") == labels.UNKNOWN[0]
    assert not LATIN.search(labels.audit_label("made.up", "ur"))


def test_templates_only_use_known_message_keys():
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"t\('([a-z0-9_]+)'\)", template.read_text("utf-8")))
    assert used, "no message keys found: the pattern is wrong"
    assert used - set(i18n.MESSAGES) == set()


def test_every_menu_page_has_a_name():
    from central.hub.navigation import PAGES

    for pages in PAGES.values():
        for name in pages:
            assert f"nav_{name}" in i18n.MESSAGES


def test_every_case_field_and_its_codes_are_labelled():
    from central.web import present

    for name, kind in present.CASE_FIELDS:
        assert f"case_{name}" in i18n.MESSAGES
        assert kind is None or kind in labels.LABELS or kind in labels.PHRASES


def test_every_document_type_and_circumstance_of_the_post_reads_as_words():
    """The post's picklists (what a bundle can carry) against the hub's phrases, in both languages."""
    from app.domain import picklists

    assert set(labels.DOCUMENTS) == set(picklists.DOCUMENT_TYPES)
    assert set(labels.ENCOUNTERS) == set(picklists.CIRCUMSTANCES)
    for code in picklists.DOCUMENT_TYPES:
        assert not LATIN.search(re.sub(r"<[^>]+>", "", str(labels.phrase("document", f"{code} 123", "ur"))))
    for code in picklists.CIRCUMSTANCES:
        ur = str(labels.phrase("encounter", f"{code}|<i>x</i>|2026-11-28", "ur"))
        assert "&lt;i&gt;x&lt;/i&gt;" in ur and "2026-11-28" not in ur and code not in ur


def test_every_audited_action_has_a_label():
    """Every action the hub services write to the office audit log reads as words on the audit page."""
    import central.hub

    hub = Path(central.hub.__file__).resolve().parent
    found = set()
    for module in hub.glob("*.py"):
        found |= set(re.findall(r'action="([a-z_.]+)"', module.read_text("utf-8")))
    found |= {f"referral.{a}" for a in labels.LABELS["action"]}
    assert {"login", "referral.view", "user.add"} <= found
    for action in found:
        assert labels.audit_label(action, "en") != action, action
        assert not LATIN.search(labels.audit_label(action, "ur")), action
