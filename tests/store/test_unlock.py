import pytest

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import users
from tyokykytiimi.store.errors import (AlreadyExists, AlreadyRunning, InvalidInput,
                                       UnknownUser, UserInactive, WrongPassword)
from tyokykytiimi.store.unlock import create_database, list_users, open_store, verify_password


def test_right_and_wrong_password(store):
    data_dir = store.data_dir
    store.close()
    with pytest.raises(WrongPassword) as exc:
        open_store(data_dir, ADMIN, "väärä-salasana-123")
    assert "Salasana on väärä" in exc.value.message
    reopened = open_store(data_dir, ADMIN, PASSWORD)
    assert reopened.user.username == ADMIN and reopened.user.is_admin
    from tyokykytiimi.store.audit import list_entries
    actions = [e.action for e in list_entries(reopened)]
    assert "sign_in_failed" in actions and actions[0] == "sign_in"
    reopened.close()


def test_unknown_user(store):
    data_dir = store.data_dir
    store.close()
    with pytest.raises(UnknownUser):
        open_store(data_dir, "eikukaan", PASSWORD)


def test_too_weak_password_refused_with_reason(data_dir):
    with pytest.raises(InvalidInput) as exc:
        create_database(data_dir, team_name="T", username="anna", display_name="Anna",
                        password="lyhyt")
    assert "vähintään 10 merkkiä" in str(exc.value)
    assert exc.value.field == "password"
    assert not (data_dir / "tyokykytiimi.db").exists()


def test_existing_database_never_replaced(store):
    with pytest.raises(AlreadyExists):
        create_database(store.data_dir, team_name="T", username="x", display_name="X",
                        password=PASSWORD)


def test_second_instance_refused(store):
    with pytest.raises(AlreadyRunning) as exc:
        open_store(store.data_dir, ADMIN, PASSWORD)
    assert "jo käynnissä" in exc.value.message


def test_add_deactivate_reset_change(store):
    nurse = users.add_user(store, username="hoitaja", display_name="Hanna Hoitaja",
                           role="nurse", password="Sairaanhoidon-sana-42")
    assert ("hoitaja", "Hanna Hoitaja") in list_users(store.data_dir)
    users.deactivate_user(store, nurse.id)
    data_dir = store.data_dir
    store.close()
    with pytest.raises(UnknownUser):  # the slot is gone: the right password opens nothing
        open_store(data_dir, "hoitaja", "Sairaanhoidon-sana-42")
    admin = open_store(data_dir, ADMIN, PASSWORD)
    users.reset_password(admin, nurse.id, "Uusi-vastaanotto-43")
    admin.close()
    s = open_store(data_dir, "hoitaja", "Uusi-vastaanotto-43")
    assert s.user.role == "nurse" and not s.user.is_admin
    with pytest.raises(InvalidInput):
        users.change_own_password(s, "väärä", "Toinen-vastaanotto-44")
    users.change_own_password(s, "Uusi-vastaanotto-43", "Toinen-vastaanotto-44")
    assert verify_password(s, "Toinen-vastaanotto-44")
    assert not verify_password(s, "Uusi-vastaanotto-43")
    s.close()
    with pytest.raises(WrongPassword):
        open_store(data_dir, "hoitaja", "Uusi-vastaanotto-43")


def test_non_admin_cannot_add_users(store):
    users.add_user(store, username="laakari", display_name="Lauri Lääkäri", role="doctor",
                   password="Lääkärin-salasana-1")
    data_dir = store.data_dir
    store.close()
    doctor = open_store(data_dir, "laakari", "Lääkärin-salasana-1")
    from tyokykytiimi.store.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        users.add_user(doctor, username="x", display_name="X", role="nurse",
                       password="Jokin-pitkä-salasana-9")
    doctor.close()


def test_recovery_key_opens(store_and_recovery):
    store, recovery = store_and_recovery
    data_dir = store.data_dir
    store.close()
    with pytest.raises(WrongPassword):
        open_store(data_dir, ADMIN, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    s = open_store(data_dir, ADMIN, recovery_key=recovery.lower().replace("-", " "))
    users.reset_password(s, s.user.id, "Palautettu-salasana-5")
    s.close()
    open_store(data_dir, ADMIN, "Palautettu-salasana-5").close()


def test_inactive_user_refused_even_with_slot(store):
    # Deactivation removes the slot; a slot left behind (e.g. an old slot file) must not help.
    nurse = users.add_user(store, username="h2", display_name="H2", role="nurse",
                           password="Sairaanhoidon-sana-42")
    from tyokykytiimi.models.users import User
    with store.session() as s:
        u = s.get(User, nurse.id)
        u.active = False
        s.add(u)
    data_dir = store.data_dir
    store.close()
    with pytest.raises(UserInactive):
        open_store(data_dir, "h2", "Sairaanhoidon-sana-42")
