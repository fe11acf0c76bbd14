"""Every public store operation × every role, against the matrix in resources/."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import pkgutil

import pytest

import tyokykytiimi.store as store_pkg
from tyokykytiimi.paths import resource_path
from tyokykytiimi.store import backup, permissions
from tyokykytiimi.store.errors import PermissionDenied

from ..conftest import PASSWORD
from tests.people import NURSE, sign_in_as


def store_operations() -> dict[str, object]:
    """Every public function in tyokykytiimi.store whose first parameter is the store."""
    found = {}
    for info in pkgutil.walk_packages(store_pkg.__path__, "tyokykytiimi.store."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, func in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(func):
                continue
            if getattr(func, "__module__", None) != module.__name__:
                continue
            params = list(inspect.signature(func).parameters)
            if params and params[0] == "store":
                found[f"{module.__name__}.{name}"] = func
    return found


USERS = [(role, admin) for role in permissions.ROLES for admin in (False, True)]


def test_every_operation_is_guarded():
    unguarded = [name for name, f in store_operations().items()
                 if not hasattr(f, "__permission__")]
    assert unguarded == [], f"add @operation(...) to: {unguarded}"
    assert len(store_operations()) >= 100


def test_matrix_names_every_permission_and_the_defaults():
    data = json.loads(resource_path("permissions.v1.json").read_text(encoding="utf-8"))
    ops = data["operations"]
    assert set(ops) == set(permissions.PERMISSION_NAMES)
    for name in ("client_work", "consents", "meetings", "plans", "measures", "journal",
                 "team_report", "access_export", "edit_service_map"):
        assert set(ops[name]) == set(permissions.ROLES), name
    assert ops["acknowledge_safety_flags"] == ["doctor"]
    for name in ("users", "backup_to_file", "restore", "erasure", "audit_export",
                 "workstations", "settings"):
        assert ops[name] == ["admin"], name


def _call(func, store):
    params = list(inspect.signature(func).parameters.values())[1:]
    args, kwargs = [], {}
    for p in params:
        if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.kind == p.KEYWORD_ONLY:
            kwargs[p.name] = object()
        else:
            args.append(object())
    return func(store, *args, **kwargs)


def test_every_operation_as_every_role(store):
    """The guard refuses exactly what the matrix refuses, before the operation runs."""
    checked = 0
    original = store.user
    for role, admin in USERS:
        store.user = dataclasses.replace(original, role=role, is_admin=admin)
        for name, func in store_operations().items():
            expected = permissions.allowed(store.user, func.__permission__)
            with permissions.probe():
                try:
                    _call(func, store)
                except permissions.Probed as probed:
                    assert expected, f"{name} ran for {role} admin={admin}"
                    assert str(probed) == func.__permission__
                except PermissionDenied as exc:
                    assert not expected, f"{name} refused to {role} admin={admin}"
                    assert exc.exit_code == 8 and exc.message
                else:  # pragma: no cover - an operation that returned without the guard
                    pytest.fail(f"{name} did not pass the guard")
            checked += 1
    store.user = original
    assert checked == len(USERS) * len(store_operations())


def test_refusal_says_why_in_finnish(store):
    nurse = dataclasses.replace(store.user, role="nurse", is_admin=False)
    assert permissions.reason(nurse, "users").render("fi") == \
        "Vain ylläpitäjä voi tehdä tämän (käyttäjien hallinta)."
    assert "lääkäri" not in permissions.reason(nurse, "acknowledge_safety_flags").render("fi")
    assert permissions.reason(nurse, "client_work") is None


def test_nurse_cannot_back_up_or_restore(store, tmp_path):
    username, _, _, password = NURSE
    nurse = sign_in_as(store, store.data_dir, NURSE)
    path = backup.backup(store, tmp_path / "b.tkbackup")  # the admin's, with her in it
    with pytest.raises(PermissionDenied):
        backup.backup(nurse, tmp_path / "c.tkbackup")
    nurse.close()
    store.close()
    with pytest.raises(PermissionDenied):
        backup.restore(store.data_dir, path, username=username, password=password)
    assert not (store.data_dir / "backups").exists() or not any(
        (store.data_dir / "backups").glob("pre-restore-*"))


def test_promoted_in_backup_is_not_enough(store, tmp_path):
    """A nurse who was an admin in an old backup may not restore it over today's data."""
    from tyokykytiimi.store import users
    from tyokykytiimi.store.unlock import open_store
    users.add_user(store, username="hoitaja", display_name="Hoitaja", role="nurse",
                   password=PASSWORD, is_admin=True)
    path = backup.backup(store, tmp_path / "old.tkbackup")
    nurse_id = [u for u in users.list_team(store) if u.username == "hoitaja"][0].id
    users.update_user(store, nurse_id, is_admin=False)
    store.close()
    with pytest.raises(PermissionDenied):
        backup.restore(store.data_dir, path, username="hoitaja", password=PASSWORD)
    admin = open_store(store.data_dir, "koordinaattori", PASSWORD)
    admin.close()


def test_cli_refuses_a_nurse_with_exit_code_8(store, tmp_path, monkeypatch, capsys):
    from tyokykytiimi.cli import main
    from tyokykytiimi.store import users
    users.add_user(store, username="hoitaja", display_name="Hoitaja", role="nurse",
                   password="Sairaanhoidon-sana-42")
    path = backup.backup(store, tmp_path / "b.tkbackup")
    data_dir = store.data_dir
    store.close()
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", "Sairaanhoidon-sana-42")
    for argv in (["restore", "--from", str(path)], ["backup", "--to", str(tmp_path / "x")],
                 ["check"]):
        code = main([argv[0], "--data-dir", str(data_dir), "--user", "hoitaja", *argv[1:]])
        err = capsys.readouterr().err.strip()
        assert code == 8 and err.count("\n") == 0 and "ylläpitäjä" in err, (argv, err)


def test_a_role_is_changed_by_an_administrator_only_and_only_to_a_role(store):
    from tyokykytiimi.store import users
    from tyokykytiimi.store.errors import InvalidInput
    nurse = sign_in_as(store, store.data_dir, NURSE)
    me = nurse.user.id
    with pytest.raises(InvalidInput) as bad:
        users.update_user(store, me, role="janitor")
    assert bad.value.field == "role"
    with pytest.raises(PermissionDenied):
        users.update_user(nurse, me, role="doctor", is_admin=True)  # not her own promotion
    users.update_user(store, me, role="doctor")
    assert [u.role for u in users.list_team(store) if u.id == me] == ["doctor"]
    nurse.close()
