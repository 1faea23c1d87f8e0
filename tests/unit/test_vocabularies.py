"""One vocabulary each: the picklists, the disclosure rules and the screening engine must not drift apart."""

from app.domain import disclosure, picklists, screening


def test_consent_categories_are_the_disclosure_categories():
    assert set(picklists.DATA_CATEGORIES) == set(disclosure.CATEGORIES)


def test_services_agree_everywhere():
    assert set(picklists.SERVICES) == set(disclosure.SERVICE_TYPES) == set(screening.SERVICES)


def test_classifications_agree():
    assert tuple(picklists.CLASSIFICATIONS) == tuple(screening.CLASSIFICATIONS)
