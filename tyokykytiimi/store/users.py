"""Team members: add, deactivate, reset and change passwords.

A user's key slot is their only way in: deactivation removes the slot, so a
deactivated user cannot sign in even with the right password.
"""
from __future__ import annotations

from sqlmodel import select

from ..models.users import Role, User
from .errors import InvalidInput, PermissionDenied, WrongPassword
from .keyslots import KeySlots, new_recovery_key
from .session import Store
from .unlock import check_password, slot_path, validate_username
from ..i18n import Message
from .signing import RECOVERY
from .unlock import check_password, register_key, slot_path, validate_username
from .permissions import operation


@operation("session")
def list_team(store: Store, include_inactive: bool = True) -> list[User]:
    with store.session() as s:
        query = select(User).where(User.deleted_at.is_(None))
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return sorted(s.exec(query).all(), key=lambda u: u.display_name.casefold())


@operation("users")
def add_user(store: Store, *, username: str, display_name: str, role: str, password: str,
             is_admin: bool = False) -> User:
    username = validate_username(username)
    if role not in {r.value for r in Role}:
        raise InvalidInput(Message("Choose a role."), "role")
    if not display_name.strip():
        raise InvalidInput(Message("Enter a name."), "display_name")
    check_password(password, username)
    slots = KeySlots.load(slot_path(store.data_dir))
    with store.session() as s:
        if s.exec(select(User).where(User.username == username)).first():
            raise InvalidInput(Message("This username is already in use."), "username")
        user = User(username=username, display_name=display_name.strip(), role=role,
                    is_admin=is_admin)
        s.add(user)
        store.audit(s, "user_create", target=f"user:{user.id}", role=role, admin=is_admin)
        slot = slots.set_user(store.key, user_id=user.id, username=username,
                              display_name=user.display_name, password=password)
        register_key(s, store, user.id, slot.public_key)  # signed by this administrator
        slots.save()  # inside the transaction: if the slot cannot be written, no user either
    return user


def _get(s, user_id: str) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise InvalidInput(Message("The user was not found."))
    return user


@operation("users")
def deactivate_user(store: Store, user_id: str) -> None:
    if user_id == store.user.id:
        raise InvalidInput(Message("You cannot deactivate your own account."))
    slots = KeySlots.load(slot_path(store.data_dir))
    with store.session() as s:
        user = _get(s, user_id)
        user.active = False
        s.add(user)
        store.audit(s, "user_deactivate", target=f"user:{user.id}")
        slots.remove_user(user.id)
        slots.save()


@operation("users")
def reset_password(store: Store, user_id: str, new_password: str) -> None:
    """An admin sets a new password; this also reactivates a deactivated user."""
    slots = KeySlots.load(slot_path(store.data_dir))
    with store.session() as s:
        user = _get(s, user_id)
        check_password(new_password, user.username)
        reactivated = not user.active
        user.active = True
        s.add(user)
        store.audit(s, "password_reset", target=f"user:{user.id}", reactivated=reactivated)
        slot = slots.set_user(store.key, user_id=user.id, username=user.username,
                              display_name=user.display_name, password=new_password)
        register_key(s, store, user.id, slot.public_key)  # the old key is theirs alone
        slots.save()


@operation("own_account")
def change_own_password(store: Store, old_password: str, new_password: str) -> None:
    slots = KeySlots.load(slot_path(store.data_dir))
    try:
        key, _ = slots.unwrap_user(store.user.username, old_password)
    except WrongPassword:
        raise InvalidInput(Message("The current password is wrong."), "old_password") from None
    if key != store.key:
        raise PermissionDenied()
    check_password(new_password, store.user.username)
    with store.session() as s:
        store.audit(s, "password_change", target=f"user:{store.user.id}")
        signing = store.signer.private if store.signer is not None else None
        slots.set_user(store.key, user_id=store.user.id, username=store.user.username,
                       display_name=store.user.display_name, password=new_password,
                       signing=signing)  # the same signing key under the new password
        slots.save()


@operation("users")
def update_user(store: Store, user_id: str, *, display_name: str | None = None,
                role: str | None = None, is_admin: bool | None = None) -> None:
    with store.session() as s:
        user = _get(s, user_id)
        if user.id == store.user.id and is_admin is False:
            raise InvalidInput(Message("You cannot remove your own administrator rights."), "is_admin")
        if display_name is not None and display_name.strip():
            user.display_name = display_name.strip()
        if role is not None:
            if role not in {r.value for r in Role}:
                raise InvalidInput(Message("Choose a role."), "role")
            user.role = role
        if is_admin is not None:
            user.is_admin = is_admin
        s.add(user)
        store.audit(s, "user_change", target=f"user:{user.id}", role=user.role,
                    admin=user.is_admin)


@operation("users")
def new_recovery(store: Store) -> str:
    """Replace the recovery key (the old one stops working); shown once."""
    slots = KeySlots.load(slot_path(store.data_dir))
    key = new_recovery_key()
    with store.session() as s:
        store.audit(s, "recovery_key_replace", target="database")
        slot = slots.set_recovery(store.key, key)
        register_key(s, store, RECOVERY, slot.public_key)
        slots.save()
    return key
