"""Account management: add, change password, change role, deactivate, remove (with a rekey)."""

from __future__ import annotations

from app.domain.errors import NotFound, Refused, ValidationFailed
from app.domain.picklists import ROLES
from app.domain.safejson import unsafe_text
from app.services import events, keyguard, removal
from app.services.session import Session
from app.services.vault import check_new_password
from app.storage import users, vaultkeys
from app.storage.ids import new_id
from app.storage.users import User


def list_users(session: Session) -> list[User]:
    session.require("user.manage")
    return users.all_users(session.db)


def add_user(session: Session, *, username: str, role: str, password: str, full_name: str = "") -> User:
    """A new account: its row in the store and its slot in the keystore (sealed with the DMK held now)."""
    session.require("user.manage")
    username = username.strip()
    if role not in ROLES:
        raise ValidationFailed(f"Unknown role {role!r}; use officer, supervisor or admin.")
    if not username or len(username) > 64 or any(c.isspace() for c in username) or unsafe_text(username):
        raise ValidationFailed("A user name is 1 to 64 characters without spaces or control characters.")
    if unsafe_text(full_name):
        raise ValidationFailed("A full name must not contain NUL or bidirectional control characters.")
    if users.by_username(session.db, username) is not None:
        raise Refused(f"The user name {username!r} is taken.")
    check_new_password(password, username=username)
    assert session.dmk is not None
    user_id = new_id()
    keyguard.refresh(session)
    session.keystore.add_slot(slot_id=user_id, username=username, password=password, dmk=session.dmk)
    with session.write("user.add", user_id) as conn:  # the store expects the key before the keystore holds it
        user = users.insert(conn, user_id=user_id, username=username, role=role, full_name=full_name)
        vaultkeys.add(conn, user_id, session.keystore.public_keys()[user_id])
    session.keystore.save(dmk=session.dmk)
    events.publish("user_did_change", user_id=user_id)
    return user


def _target(session: Session, username: str) -> User:
    user = users.by_username(session.db, username)
    if user is None:
        raise NotFound(f"There is no user {username!r}.")
    return user


def change_own_password(session: Session, *, new_password: str) -> None:
    """Re-wrap the acting user's slot under a new password; the store's bytes are untouched."""
    check_new_password(new_password, username=session.user.username)
    assert session.dmk is not None
    keyguard.refresh(session)
    session.keystore.change_password(session.user.id, session.slot_private, new_password)
    session.keystore.save(dmk=session.dmk)
    session.record("user.password_change", session.user.id)


def reset_password(session: Session, *, username: str, new_password: str) -> None:
    """An admin resets another user's password: that user's slot is replaced by a fresh one."""
    session.require("user.manage")
    user = _target(session, username)
    if user.id == session.user.id:
        change_own_password(session, new_password=new_password)
        return
    check_new_password(new_password, username=user.username)
    assert session.dmk is not None
    keyguard.refresh(session)
    old_key = session.keystore.public_keys().get(user.id)
    session.keystore.remove_slot(user.id)
    session.keystore.add_slot(slot_id=user.id, username=user.username, password=new_password, dmk=session.dmk)
    with session.write("user.password_reset", user.id) as conn:
        vaultkeys.add(conn, user.id, session.keystore.public_keys()[user.id])
    session.keystore.save(dmk=session.dmk)
    if old_key is not None:
        with session.transaction() as conn:
            vaultkeys.forget(conn, user.id, old_key)


def set_role(session: Session, *, username: str, role: str) -> None:
    session.require("user.manage")
    if role not in ROLES:
        raise ValidationFailed(f"Unknown role {role!r}; use officer, supervisor or admin.")
    user = _target(session, username)
    _keep_an_admin(session, user, new_role=role)
    with session.write("user.role_change", user.id) as conn:
        users.set_role(conn, user.id, role)


def set_active(session: Session, *, username: str, active: bool) -> None:
    session.require("user.manage")
    user = _target(session, username)
    if not active:
        _keep_an_admin(session, user, new_role=None)
    with session.write("user.activate" if active else "user.deactivate", user.id) as conn:
        users.set_active(conn, user.id, active)


def _keep_an_admin(session: Session, user: User, *, new_role: str | None) -> None:
    if user.id == session.user.id and new_role != "admin":
        raise Refused("You cannot remove your own admin rights; ask another admin.")
    if user.role == "admin" and user.active and new_role != "admin" and users.count_active_admins(session.db) <= 1:
        raise Refused("The post must keep at least one active admin.")


def remove_user(session: Session, *, username: str) -> None:
    """Deactivate the account and record its removal in one transaction, then rekey the store without its slot
    (app.services.removal). A crash after the record is completed at the next unlock, whoever unlocks."""
    session.require("user.manage")
    user = _target(session, username)
    if user.id == session.user.id:
        raise Refused("You cannot remove your own account.")
    _keep_an_admin(session, user, new_role=None)
    with session.write("user.remove", user.id) as conn:
        users.set_active(conn, user.id, False)
        vaultkeys.request_removal(conn, user.id, by=session.user.id)
    removal.complete_pending(session)
    events.publish("user_did_change", user_id=user.id)


def rekey(session: Session, *, drop: str | None = None) -> None:
    """Move the store to a fresh DMK (every slot but `drop` keeps access)."""
    removal.rekey(session, drop={drop} if drop else frozenset())


def display_names(session: Session) -> dict[str, str]:
    """User id → name to show beside history and audit entries; any signed-in user may see colleagues' names."""
    return {u.id: u.full_name or u.username for u in users.all_users(session.db)}
