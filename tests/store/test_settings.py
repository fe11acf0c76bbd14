"""Team-wide settings: validation by field, admin only, audited without values, letterhead."""
import base64
import os

import pytest

from tests.conftest import PASSWORD
from tyokykytiimi.store import audit
from tyokykytiimi.store.errors import InvalidInput, PermissionDenied
from tyokykytiimi.store.settings import (get_setting, letterhead, save_team_settings,
                                         team_settings)
from tyokykytiimi.store.unlock import open_store
from tyokykytiimi.store.users import add_user

PNG = base64.b64decode(  # 1×1 transparent PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def values(**over):
    base = dict(team_name="Kuopion tiimi", idle_lock_minutes="15", backup_dir="",
                backup_keep=7, logo=None)
    base.update(over)
    return base


def test_save_writes_changed_values_and_audits_keys_only(store, tmp_path):
    folder = tmp_path / "kopiot"
    folder.mkdir()
    changed = save_team_settings(store, **values(backup_dir=str(folder), logo=PNG))
    assert set(changed) == {"team_name", "idle_lock_minutes", "backup_dir", "backup_keep",
                            "team_logo"}
    with store.session() as s:
        ts = team_settings(s)
    assert (ts.team_name, ts.idle_lock_minutes, ts.backup_dir, ts.backup_keep, ts.logo) == \
        ("Kuopion tiimi", 15, str(folder), 7, PNG)
    assert letterhead(store) == ("Kuopion tiimi", PNG)
    entry = audit.list_entries(store, action="change")[0]
    assert entry.target == "settings"
    assert str(folder) not in str(entry.detail) and "Kuopion" not in str(entry.detail)
    # Nothing changed: nothing written, nothing audited.
    before = len(audit.list_entries(store))
    assert save_team_settings(store, **values(backup_dir=str(folder), logo=PNG)) == []
    assert len(audit.list_entries(store)) == before
    # Removing the logo is a change of its own.
    assert save_team_settings(store, **values(backup_dir=str(folder))) == ["team_logo"]
    assert letterhead(store) == ("Kuopion tiimi", None)


@pytest.mark.parametrize("field, over", [
    ("idle_lock_minutes", {"idle_lock_minutes": "0"}),
    ("idle_lock_minutes", {"idle_lock_minutes": "121"}),
    ("idle_lock_minutes", {"idle_lock_minutes": "kymmenen"}),
    ("idle_lock_minutes", {"idle_lock_minutes": "2.5"}),
    ("backup_keep", {"backup_keep": 0}),
    ("team_name", {"team_name": "   "}),
    ("team_name", {"team_name": "x" * 101}),
    ("backup_dir", {"backup_dir": "suhteellinen/kansio"}),
    ("backup_dir", {"backup_dir": "/ei/ole/tallaista/kansiota"}),
    ("logo", {"logo": b"GIF89a not accepted"}),
])
def test_bad_value_names_its_field_and_nothing_is_saved(store, field, over):
    with pytest.raises(InvalidInput) as info:
        save_team_settings(store, **values(**over))
    assert info.value.field == field
    assert info.value.message
    with store.session() as s:
        assert get_setting(s, "team_name") == "Testitiimi"
        assert get_setting(s, "idle_lock_minutes") == "10"


def test_folder_that_cannot_be_written_is_refused(store, tmp_path):
    target = "/proc"  # a folder nobody, root included, can create files in
    assert os.path.isdir(target)
    with pytest.raises(InvalidInput) as info:
        save_team_settings(store, **values(backup_dir=target))
    assert info.value.field == "backup_dir"
    assert "kirjoittaa" in info.value.message


def test_only_an_admin_changes_team_settings(store):
    add_user(store, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
             password=PASSWORD)
    nurse = open_store(store.data_dir, "hoitaja", PASSWORD, lock=store._lock)
    try:
        with pytest.raises(PermissionDenied):
            save_team_settings(nurse, **values())
        with nurse.session() as s:
            assert team_settings(s).team_name == "Testitiimi"
    finally:
        nurse.engine.dispose()
