"""Must hold 4-9, 11, 12, erasure and the team's users, over real replicas."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import clients, users
from tyokykytiimi.store.errors import UnknownUser, UserInactive
from tyokykytiimi.store.sync import bundle, clock, crypto, devices, exchange, notices
from tyokykytiimi.store.unlock import open_store

from .helpers import conflict_set, digests, folder_files, sync_all

HETU = "131052-308T"


def _kinds(store):
    return {k for _at, k, _text in notices.texts(store)}


def _pair(team):
    a = team.found()
    b = team.join("Nina")
    return a, b


def test_damaged_files_are_rejected_until_an_intact_copy_arrives(team, tmp_path):
    a, b = _pair(team)
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    exchange.sync_now(a)
    clients.update_client(a, c.id, phone="040 5")
    exchange.sync_now(a)
    files = bundle.bundles(team.folder, a.device_id)
    assert len(files) >= 2
    keep = tmp_path / "keep"
    keep.mkdir()
    for _f, _l, p in files:
        shutil.copy(p, keep / p.name)
    first = files[-2][2]
    before = digests([b])
    intact = first.read_bytes()
    flipped = bytearray(intact)
    flipped[-100] ^= 1
    for damaged in (intact[: len(intact) // 2], bytes(flipped), b""):
        first.write_bytes(damaged)
        exchange.sync_now(b)
        assert digests([b]) == before  # nothing applied, not even the later file (a gap)
    assert "rejected" in _kinds(b)
    first.write_bytes(intact)
    exchange.sync_now(b)
    assert clients.get_client(b, c.id).phone == "040 5"
    assert len(set(digests([a, b]))) == 1


def test_a_clock_a_year_off_still_converges_and_is_named(team, monkeypatch):
    a, b = _pair(team)
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    year = 365 * 24 * 3600 * 1000
    real = clock.now_ms
    monkeypatch.setattr(clock, "now_ms", lambda: real() + year)
    clients.update_client(a, c.id, phone="040 1")  # a's clock a year ahead
    exchange.sync_now(a)
    monkeypatch.setattr(clock, "now_ms", real)
    clients.update_client(b, c.id, email="x@example.fi")
    sync_all([a, b])
    assert len(set(digests([a, b]))) == 1
    assert conflict_set(a) == conflict_set(b) == []
    texts = [t for _at, k, t in notices.texts(b) if k == "clock_ahead"]
    assert texts and "Kaisa" in texts[0]


def test_no_plaintext_in_the_folder_and_forged_files_are_rejected(team):
    a, b = _pair(team)
    clients.create_client(a, first_name="Sointu", last_name="Pyykkönen", hetu=HETU,
                          family_notes="Vapaata tekstiä perheestä")
    sync_all([a, b])
    clients.create_client(a, first_name="Ilmari", last_name="Kärkkäinen",
                          family_notes="Toinen salaisuus")
    exchange.sync_now(a)
    for path in folder_files(team.folder):
        data = path.read_bytes()
        for secret in ("Sointu", "Pyykkönen", HETU, "Vapaata", "Ilmari", "Kärkkäinen",
                       "salaisuus"):
            assert secret.encode("utf-8") not in data, path.name
            assert secret.encode("utf-16-le") not in data
    # A stranger re-signs a's bundle with its own key: rejected, nothing applied.
    stranger = crypto.new_keys()
    first, last, path = bundle.bundles(team.folder, a.device_id)[-1]
    env = bundle.open_envelope(path.read_bytes())
    forged = bundle.seal({k: v for k, v in env.header.items() if k != "format"}, env.body,
                         stranger["sign_secret"])
    path.write_bytes(forged)
    before = digests([b])
    exchange.sync_now(b)
    assert digests([b]) == before
    assert "rejected" in _kinds(b)
    # A non-member's own folder is never read.
    (team.folder / "00000000-0000-0000-0000-000000000000").mkdir()
    exchange.sync_now(b)
    assert digests([b]) == before


def test_a_removed_workstation_cannot_read_later_files(team):
    a, b = _pair(team)
    c3 = team.join("Tero")
    sync_all([a, b, c3])
    removed = devices.me(c3.engine.connect())
    devices.remove(a, c3.device_id)
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    exchange.sync_now(a)
    first, last, path = bundle.bundles(team.folder, a.device_id)[-1]
    env = bundle.open_envelope(path.read_bytes())
    assert crypto.decrypt(env.body, removed.box_secret) is None
    assert crypto.decrypt(env.body, devices.me(b.engine.connect()).box_secret) is not None
    exchange.sync_now(b)
    names = {d.id: d.state for d in devices.list_devices(b)}
    assert names[c3.device_id] == "removed"


def test_a_newer_program_s_file_waits_with_a_message(team, monkeypatch):
    from tyokykytiimi.store import migrate
    a, b = _pair(team)
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    heads = migrate.head_revisions()
    monkeypatch.setattr(migrate, "head_revisions", lambda: heads | {"9999_future"})
    exchange.sync_now(a)
    monkeypatch.setattr(migrate, "head_revisions", lambda: heads)
    before = digests([b])
    exchange.sync_now(b)
    assert digests([b]) == before
    assert "newer_program" in _kinds(b)


def test_restored_workstation_does_not_reuse_its_numbers(team, tmp_path):
    a, b = _pair(team)
    c = clients.create_client(b, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    data_dir = b.data_dir
    b.close()
    backup = tmp_path / "backup"
    shutil.copytree(data_dir, backup, ignore=shutil.ignore_patterns("*.lock"))
    b = open_store(data_dir, ADMIN, PASSWORD)
    clients.update_client(b, c.id, phone="040 1")  # made after the backup, sent
    exchange.sync_now(b)
    b.close()
    shutil.rmtree(data_dir)
    shutil.copytree(backup, data_dir)
    b = open_store(data_dir, ADMIN, PASSWORD)
    team.stores[1] = b
    clients.update_client(b, c.id, email="uusi@example.fi")  # would reuse a number
    sync_all([a, b])
    assert "restored" in _kinds(b)
    assert len(set(digests([a, b]))) == 1
    got = clients.get_client(a, c.id)
    assert (got.phone, got.email) == ("040 1", "uusi@example.fi")
    names = [p.name for p in folder_files(team.folder)]
    assert len(names) == len(set(names))


def test_audit_trail_travels_and_a_rolled_back_chain_is_flagged(team):
    a, b = _pair(team)
    clients.create_client(b, first_name="Aino", last_name="Virtanen")
    sync_all([a, b])
    with a.engine.connect() as conn:
        received = conn.exec_driver_sql("SELECT count(*) FROM sync_remote_audit "
                                        "WHERE device_id = ?", (b.device_id,)).scalar()
    assert received > 0
    assert "audit_broken" not in _kinds(a)
    with b.engine.begin() as conn:  # b's trail cut back by three entries
        top = conn.exec_driver_sql("SELECT max(seq) FROM audit_entries").scalar()
        conn.exec_driver_sql("DELETE FROM audit_entries WHERE seq > ?", (top - 3,))
    exchange.sync_now(b)
    exchange.sync_now(a)
    assert "audit_rolled_back" in _kinds(a)


def test_files_everyone_applied_are_cleaned_away(team):
    a, b = _pair(team)
    for i in range(3):
        clients.create_client(a, first_name="Aino", last_name=f"Virtanen{i}")
        exchange.sync_now(a)
    assert bundle.bundles(team.folder, a.device_id)
    sync_all([a, b])
    assert bundle.bundles(team.folder, a.device_id) == []
    assert len(bundle.states(team.folder, a.device_id)) == 1


def test_erasure_travels_and_late_changes_are_dropped(team):
    from tyokykytiimi.store.erasure import erase_client
    a, b = _pair(team)
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen", hetu=HETU)
    sync_all([a, b])
    clients.update_client(b, c.id, phone="040 7")  # b is offline
    erase_client(a, c.id, confirm_name="Aino Virtanen", basis="client_request")
    exchange.sync_now(a)
    exchange.sync_now(b)  # b receives the order; its own edit was blanked
    sync_all([a, b])
    for s in (a, b):
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM clients").scalar() == 0
    assert len(set(digests([a, b]))) == 1


def test_erased_clients_late_changes_from_another_are_dropped_and_reported(team):
    from tyokykytiimi.store.erasure import erase_client
    a, b = _pair(team)
    c3 = team.join("Tero")
    c = clients.create_client(a, first_name="Aino", last_name="Virtanen")
    sync_all([a, b, c3])
    clients.update_client(c3, c.id, phone="040 7")
    exchange.sync_now(c3)  # c3's late change is in the folder
    erase_client(a, c.id, confirm_name="Aino Virtanen", basis="client_request")
    # b gets the order first (a's folder read before c3's), then c3's change
    exchange.sync_now(a)
    sync_all([a, b, c3])
    for s in (a, b, c3):
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM clients").scalar() == 0
    assert len(set(digests([a, b, c3]))) == 1


def test_users_and_passwords_are_the_team_s(team):
    a, b = _pair(team)
    new = users.add_user(a, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                         password="Sairaanhoidon-sana-42")
    sync_all([a, b])
    data_b = b.data_dir
    b.close()
    other = open_store(data_b, "hoitaja", "Sairaanhoidon-sana-42")  # added on a, opens b
    other.close()
    b = open_store(data_b, ADMIN, PASSWORD)
    team.stores[1] = b
    users.reset_password(b, new.id, "Uusi-salasana-2027")
    sync_all([a, b])
    data_a = a.data_dir
    a.close()
    open_store(data_a, "hoitaja", "Uusi-salasana-2027").close()
    a = open_store(data_a, ADMIN, PASSWORD)
    team.stores[0] = a
    users.deactivate_user(a, new.id)
    sync_all([a, b])
    b.close()
    with pytest.raises(Exception) as err:
        open_store(data_b, "hoitaja", "Uusi-salasana-2027")
    assert isinstance(err.value, (UserInactive, UnknownUser))
    team.stores[1] = open_store(data_b, ADMIN, PASSWORD)


def test_a_workstation_gone_too_long_does_not_block_clean_up_and_is_told_to_rejoin(
        team, monkeypatch):
    a, b = _pair(team)
    c3 = team.join("Tero")
    sync_all([a, b, c3])
    clients.create_client(a, first_name="Aino", last_name="Virtanen")
    monkeypatch.setattr(exchange, "STALE_DAYS", -1)  # Tero counts as gone too long
    sync_all([a, b])
    assert bundle.bundles(team.folder, a.device_id) == []  # not held back by Tero
    exchange.sync_now(c3)
    assert "rejoin" in _kinds(c3)
