"""Post policies expressed as pure functions: unlock throttling, idle lock, password rules."""

from __future__ import annotations

MIN_PASSWORD_LENGTH = 10
IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MIN_MINUTES = 1
IDLE_LOCK_MAX_MINUTES = 60


def unlock_delay(consecutive_failures: int) -> float:
    """Seconds to wait before checking a password: none for two slips, then 1, 2, 4 … capped at 30."""
    if consecutive_failures < 2:
        return 0.0
    return float(min(2 ** (consecutive_failures - 2), 30))


def password_problems(password: str, *, username: str = "") -> list[str]:
    """Reasons a new password is refused (empty list: acceptable)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"use at least {MIN_PASSWORD_LENGTH} characters")
    if username and username.casefold() in password.casefold():
        problems.append("do not include the user name")
    if len(set(password)) < 5:
        problems.append("use more different characters")
    return problems


def password_strength(password: str) -> int:
    """A 0–4 score for the strength meter: length and character variety, penalising repetition."""
    classes = sum(
        any(test(c) for c in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 0
    if len(password) >= MIN_PASSWORD_LENGTH:
        score += 1
    if len(password) >= 14:
        score += 1
    if classes >= 3:
        score += 1
    if len(set(password)) >= 8 and len(password) >= 12:
        score += 1
    return score


def clamp_idle_minutes(minutes: int) -> int:
    return max(IDLE_LOCK_MIN_MINUTES, min(IDLE_LOCK_MAX_MINUTES, minutes))


_USER_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-")


def looks_like_password(text: str) -> bool:
    """Whether text typed into a user-name field looks like a pass phrase (so it must not stay on screen).

    User names are short words without spaces; a pass phrase has spaces, symbols, or mixed case with digits."""
    if any(c.isspace() for c in text.strip()) or len(text) > 64:
        return True
    if any(c not in _USER_NAME_CHARACTERS for c in text):
        return True
    mixed_case = any(c.isupper() for c in text) and any(c.islower() for c in text)
    return mixed_case and any(c.isdigit() for c in text) and len(text) >= MIN_PASSWORD_LENGTH
