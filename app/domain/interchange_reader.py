"""Reading an untrusted JSON value field by field, collecting every problem with its JSON path."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from app.domain.errors import ValidationFailed
from app.domain.iso_codes import THREE_TO_TWO
from app.domain.safejson import unsafe_text

MAX_ERRORS = 100  # enough to fix a file in one go, bounded for a broken 100,000-case import
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FIRST_YEAR = 1900

# Field length limits (characters), shared with the JSON Schema.
SHORT = 200
LONG = 20_000
MAX_ITEMS = 100


def join(path: str, key: str | int) -> str:
    """The JSON path of a member: join("cases[0]", "person") -> "cases[0].person"."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _shown(value: object) -> str:
    """A short rendering of a rejected *code* (never used for names, numbers or dates: personal data)."""
    text = repr(value)
    return text if len(text) <= 24 else text[:21] + "..."


class Reader:
    """Typed accessors over JSON objects; each failure is recorded at its path and reading goes on."""

    def __init__(self, *, today: dt.date) -> None:
        self.today = today
        self.v2 = False  # reading nrm-desk/cases@2 (interchange.py)
        self.vocab: Any = None  # its identity.Vocabulary, when the caller has one
        self.errors: list[tuple[str, str]] = []

    def fail(self, path: str, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append((path, message))

    def raise_if_failed(self) -> None:
        if self.errors:
            path, message = self.errors[0]
            raise ValidationFailed(message, path=path, errors=self.errors)

    def fields(
        self, value: object, path: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Fields | None:
        """The object at `path`, after refusing unknown members and reporting missing ones."""
        if not isinstance(value, dict):
            self.fail(path, "must be a JSON object.")
            return None
        if not value.keys() <= _members(required, optional):
            for key in value:
                if key not in required and key not in optional:
                    self.fail(join(path, str(key)), "is not a field of this format.")
        for key in required:
            if key not in value:
                self.fail(join(path, key), "is missing.")
        return Fields(self, value, path)

    def language(self, value: object, path: str, *, allowed: Collection[str]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        hint = THREE_TO_TWO.get(value) if isinstance(value, str) else None
        advice = f" (use the two-letter code {hint!r})" if hint else ""
        self.fail(path, f"{_shown(value)} is not an ISO 639 language code{advice}.")
        return None


class Fields:
    """One JSON object at a known path; typed accessors record failures on the reader and go on."""

    def __init__(self, reader: Reader, obj: Mapping[str, Any], path: str) -> None:
        self.reader, self.obj, self.path = reader, obj, path

    def __contains__(self, key: str) -> bool:
        return key in self.obj

    def get(self, key: str) -> Any:
        return self.obj.get(key)

    def at(self, key: str | int) -> str:
        """The JSON path of a member of this object."""
        return join(self.path, key)

    def fail(self, key: str, message: str) -> None:
        self.reader.fail(self.at(key), message)

    def text(self, key: str, *, limit: int = SHORT, nonempty: bool = False) -> str:
        value = self.obj.get(key, "")
        if not isinstance(value, str):
            self.fail(key, "must be a string.")
            return ""
        if nonempty and not value.strip():
            self.fail(key, "must not be empty.")
        if len(value) > limit:
            self.fail(key, f"is longer than {limit} characters.")
        elif limit <= SHORT and unsafe_text(value):  # names and identifiers: what a reader must see as written
            self.fail(key, "must not contain NUL or bidirectional control characters.")
        elif "\x00" in value:
            self.fail(key, "must not contain NUL characters.")
        return value

    def code(self, key: str, allowed: Collection[str], *, what: str) -> Any:
        """A value from a vocabulary; absent or null gives None."""
        value = self.obj.get(key)
        if value is not None and (not isinstance(value, str) or value not in allowed):
            self.fail(key, f"{_shown(value)} is not {what}.")
            return None
        return value

    def date(self, key: str) -> dt.date | None:
        """An ISO 8601 calendar date (YYYY-MM-DD) from 1900 to today; absent or null gives None."""
        value = self.obj.get(key)
        if value is None:
            return None
        day = _parse_date(value)
        if day is None:
            self.fail(key, "must be a date written YYYY-MM-DD.")
        elif day > self.reader.today:
            self.fail(key, "is in the future.")
        elif day.year < FIRST_YEAR:
            self.fail(key, f"is before {FIRST_YEAR}.")
        return day

    def integer(self, key: str, *, low: int, high: int) -> int | None:
        value = self.obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(key, f"must be a whole number from {low} to {high}.")
            return None
        return value

    def boolean(self, key: str) -> bool:
        value = self.obj.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, "must be true or false.")
            return False
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.obj.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            self.fail(key, "must be a JSON object.")
            return {}
        return dict(value)

    def items(self, key: str, *, limit: int | None = MAX_ITEMS) -> Iterator[tuple[str, Any]]:
        """The elements of a list member with their paths; absent gives nothing."""
        value = self.obj.get(key, [])
        if not isinstance(value, list):
            self.fail(key, "must be a list.")
            return
        if limit is not None and len(value) > limit:
            self.fail(key, f"has more than {limit} entries.")
            return
        where = self.at(key)
        for i, item in enumerate(value):
            yield f"{where}[{i}]", item

    def strings(self, key: str, allowed: Collection[str] | None = None, *, what: str = "") -> tuple[str, ...]:
        """A list of distinct non-empty strings, each from `allowed` when given."""
        out: list[str] = []
        for where, value in self.items(key):
            if not isinstance(value, str) or not value.strip() or len(value) > SHORT:
                self.reader.fail(where, f"must be a non-empty string of at most {SHORT} characters.")
            elif unsafe_text(value):
                self.reader.fail(where, "must not contain NUL or bidirectional control characters.")
            elif allowed is not None and value not in allowed:
                self.reader.fail(where, f"{_shown(value)} is not {what}.")
            elif value in out:
                self.reader.fail(where, "is listed twice.")
            else:
                out.append(value)
        return tuple(out)


@functools.cache
def _members(required: Collection[str], optional: Collection[str]) -> frozenset[str]:
    return frozenset(required) | frozenset(optional)


def _parse_date(value: object) -> dt.date | None:
    # date.fromisoformat alone also takes "20261120" and week dates; the format promises YYYY-MM-DD only.
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
