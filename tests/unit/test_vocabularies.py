"""One vocabulary each: the picklists, the disclosure rules and the screening engine must not drift apart."""

from app.domain import picklists, screening
from protocol import disclosure, steps


def test_consent_categories_are_the_disclosure_categories():
    assert set(picklists.DATA_CATEGORIES) == set(disclosure.CATEGORIES)


def test_services_agree_everywhere():
    assert tuple(picklists.SERVICES) == disclosure.SERVICE_TYPES
    assert set(picklists.SERVICES) == set(screening.SERVICES)


def test_office_statuses_are_the_feed_steps():
    assert tuple(picklists.OFFICE_STATUSES) == steps.REPORTS


def test_classifications_agree():
    assert tuple(picklists.CLASSIFICATIONS) == tuple(screening.CLASSIFICATIONS)
