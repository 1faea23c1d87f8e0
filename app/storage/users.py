"""Accounts of the post's officers: role and status live here, inside the encrypted store."""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from app.storage.ids import now


@dataclass(frozen=True)
class User:
    id: str
    username: str
    full_name: str
    role: str
    active: bool


_COLUMNS = "id, username, full_name, role, active"


def _user(row: tuple[str, str, str, str, int]) -> User:
    return User(row[0], row[1], row[2], row[3], bool(row[4]))


def insert(conn: sqlcipher3.Connection, *, user_id: str, username: str, role: str, full_name: str = "") -> User:
    stamp = now()
    conn.execute(
        "INSERT INTO users (id, username, full_name, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
        (user_id, username, full_name, role, stamp, stamp),
    )
    return User(user_id, username, full_name, role, True)


def by_username(conn: sqlcipher3.Connection, username: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?", (username.strip(),)).fetchone()  # noqa: S608
    return _user(row) if row else None


def by_id(conn: sqlcipher3.Connection, user_id: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()  # noqa: S608
    return _user(row) if row else None


def all_users(conn: sqlcipher3.Connection) -> list[User]:
    return [_user(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username")]  # noqa: S608


def set_role(conn: sqlcipher3.Connection, user_id: str, role: str) -> None:
    conn.execute("UPDATE users SET role = ?, updated_at = ? WHERE id = ?", (role, now(), user_id))


def set_active(conn: sqlcipher3.Connection, user_id: str, active: bool) -> None:
    conn.execute("UPDATE users SET active = ?, updated_at = ? WHERE id = ?", (int(active), now(), user_id))


def count_active_admins(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0])
