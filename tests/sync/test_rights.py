"""Received changes are checked against the writer's rights: a change the writer's
role may not make (only a program that went round the store can send one) is
refused and the sender flagged; a writer not known yet holds its bundle back."""
from __future__ import annotations

import shutil

from tests.conftest import ADMIN, PASSWORD
from tyokykytiimi.store import clients, settings, users
from tyokykytiimi.store.sync import bundle, exchange, notices
from tyokykytiimi.store.unlock import open_store

from .helpers import digests, sync_all

NURSE_PW = "Sairaanhoidon-sana-42"


def _kinds(store):
    return {k for _at, k, _text in notices.texts(store)}


def _team_name(store):
    with store.session() as s:
        return settings.get_setting(s, "team_name")


def _as(team, i, username, password):
    team.stores[i].close()
    team.stores[i] = open_store(team.root / f"w{i}", username, password)
    return team.stores[i]


def _nurse_goes_round_the_guard(team):
    """A nurse's workstation sends a team-name change (and her own client work)."""
    a = team.found()
    team.join("Nina")
    users.add_user(a, username="hoitaja", display_name="Hanna Hoitaja", role="nurse",
                   password=NURSE_PW)
    sync_all(team.stores)
    nurse = _as(team, 1, "hoitaja", NURSE_PW)
    before = _team_name(a)
    with nurse.session() as s:  # round the store's guard, as a tampered program would
        settings.set_setting(s, "team_name", "Hoitajan oma tiimi")
    c = clients.create_client(nurse, first_name="Aino", last_name="Virtanen")  # her work
    sync_all(team.stores)
    return a, before, c


def test_a_change_the_writer_may_not_make_is_refused_and_flagged(team):
    a, before, c = _nurse_goes_round_the_guard(team)
    assert _team_name(a) == before
    assert "refused" in _kinds(a)
    assert clients.get_client(a, c.id).last_name == "Virtanen"  # the rest is applied


def test_a_writer_not_known_yet_holds_the_bundle_until_its_user_arrives(team, tmp_path):
    a = team.found()
    team.join("Nina")
    c = team.join("Tero")
    sync_all(team.stores)
    users.add_user(a, username="toinen", display_name="Toinen Ylläpitäjä", role="doctor",
                   password=NURSE_PW, is_admin=True)
    exchange.sync_now(a)
    held = tmp_path / "held"
    held.mkdir()
    for _f, _l, path in bundle.bundles(team.folder, a.device_id):
        shutil.copy(path, held / path.name)
    exchange.sync_now(team.stores[1])  # Nina's workstation has the new user
    b = _as(team, 1, "toinen", NURSE_PW)
    with b.session() as s:
        settings.set_setting(s, "team_name", "Uusi nimi")
    exchange.sync_now(b)
    for path in held.iterdir():  # Tero's workstation has not got a's files yet
        (team.folder / a.device_id / path.name).unlink()
    exchange.sync_now(c)
    assert _team_name(c) != "Uusi nimi"
    assert "writer_unknown" in _kinds(c)
    for path in held.iterdir():
        shutil.copy(path, team.folder / a.device_id / path.name)
    sync_all(team.stores)
    assert [_team_name(s) for s in team.stores] == ["Uusi nimi"] * 3
    assert "refused" not in _kinds(c)
    assert len(set(digests(team.stores))) == 1


def test_the_workstations_page_says_what_sync_noticed(qtbot, team):
    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.sync.workstations_tab import WorkstationsTab
    before = i18n.current_language()
    i18n.install("fi")
    try:
        _nurse_goes_round_the_guard(team)
        tab = WorkstationsTab(team.stores[0])
        qtbot.addWidget(tab)
        tab.show()
        shown = [tab.notices.item(i).text() for i in range(tab.notices.count())]
        assert any("Työasema Nina lähetti muutoksia" in t for t in shown), shown
    finally:
        i18n.install(before)


def _hold(team, store, where):
    """Take ``store``'s files out of the shared folder, as if still on their way."""
    where.mkdir(exist_ok=True)
    for _f, _l, path in bundle.bundles(team.folder, store.device_id):
        shutil.move(path, where / path.name)


def _release(team, store, where):
    for path in where.iterdir():
        shutil.move(path, team.folder / store.device_id / path.name)


def _second_admin_team(team, *, is_admin):
    a = team.found()
    team.join("Nina")
    c = team.join("Tero")
    other = users.add_user(a, username="toinen", display_name="Toinen Käyttäjä", role="doctor",
                           password=NURSE_PW, is_admin=is_admin)
    sync_all(team.stores)
    return a, _as(team, 1, "toinen", NURSE_PW), c, other


def _rename(store, name):
    with store.session() as s:  # (as an administrator's settings page saves it)
        settings.set_setting(s, "team_name", name)


def _renamed_while_the_right_changed(team, tmp_path, *, was_admin, name):
    """b's user renames the team while a flips that user's administrator right; c
    hears of the flip before b's change arrives."""
    a, b, c, other = _second_admin_team(team, is_admin=was_admin)
    before = _team_name(a)
    _rename(b, name)  # b has not heard of the flip
    exchange.sync_now(b)
    _hold(team, b, tmp_path / "b")
    users.update_user(a, other.id, is_admin=not was_admin)
    exchange.sync_now(a)
    exchange.sync_now(c)
    _release(team, b, tmp_path / "b")
    sync_all(team.stores)
    return a, b, c, other, before


def test_an_administrators_change_arriving_after_their_right_was_removed_is_accepted(
        team, tmp_path):
    """Judged with the role the writer's workstation knew when the change was made:
    the news of the removal arriving first changes nothing, on any workstation."""
    a, b, c, other, _ = _renamed_while_the_right_changed(team, tmp_path, was_admin=True,
                                                         name="Toisen nimi")
    assert [_team_name(s) for s in team.stores] == ["Toisen nimi"] * 3
    assert not any("refused" in _kinds(s) for s in team.stores)
    assert len(set(digests(team.stores))) == 1
    for s in team.stores:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT is_admin FROM users WHERE id = ?",
                                        (other.id,)).scalar() == 0


def test_a_change_made_before_the_right_was_granted_is_refused_everywhere(team, tmp_path):
    # (b's change goes round its guard: not an administrator there yet)
    a, b, c, other, before = _renamed_while_the_right_changed(
        team, tmp_path, was_admin=False, name="Ennen oikeutta")
    # The tampered workstation keeps its own change; the others refuse it alike.
    assert [_team_name(s) for s in (a, c)] == [before] * 2
    assert "refused" in _kinds(a) and "refused" in _kinds(c)
    assert len(set(digests([a, c]))) == 1


def test_a_change_waits_until_what_its_writer_knew_of_the_role_has_arrived(team, tmp_path):
    """The grant reached b, and b's administrator made a change; c gets b's files
    before a's: the change waits (not refused) until the grant is there too."""
    a, b, c, other = _second_admin_team(team, is_admin=False)
    users.update_user(a, other.id, is_admin=True)
    exchange.sync_now(a)
    exchange.sync_now(b)  # b hears of the grant
    b.close()
    team.stores[1] = b = open_store(team.root / "w1", "toinen", NURSE_PW)
    _rename(b, "Luvan jälkeen")
    exchange.sync_now(b)
    _hold(team, a, tmp_path / "a")
    exchange.sync_now(c)
    assert _team_name(c) != "Luvan jälkeen"
    assert "writer_unknown" in _kinds(c) and "refused" not in _kinds(c)
    _release(team, a, tmp_path / "a")
    sync_all(team.stores)
    assert [_team_name(s) for s in team.stores] == ["Luvan jälkeen"] * 3
    assert not any("refused" in _kinds(s) for s in team.stores)
    assert len(set(digests(team.stores))) == 1


def test_a_doctors_acknowledgement_counts_though_her_role_changed_before_it_arrived(
        team, tmp_path):
    """The acknowledgement of a safety flag needs the doctor; the doctor's role is
    changed on a while her acknowledgement is on its way: it counts everywhere."""
    from datetime import date

    from tyokykytiimi.store import measures
    a, b, c, other = _second_admin_team(team, is_admin=False)  # 'toinen' is the doctor
    client = clients.create_client(a, first_name="Veikko", last_name="Virta")
    items = [0] * 21
    items[8] = 1  # the safety question answered: a flag for the doctor
    measures.save_answers(a, client.id, "bdi", items, time_point="other",
                          answered_on=date(2026, 11, 30))
    sync_all(team.stores)
    flag = measures.open_safety_flags(b, client.id)[0]
    measures.acknowledge_safety_flag(b, flag.id, "Soitin, aika huomenna")
    exchange.sync_now(b)
    _hold(team, b, tmp_path / "b")
    users.update_user(a, other.id, role="nurse")
    exchange.sync_now(a)
    exchange.sync_now(c)  # c hears of the new role first
    _release(team, b, tmp_path / "b")
    sync_all(team.stores)
    for s in team.stores:
        assert measures.open_safety_flags(s, client.id) == []
        assert "refused" not in _kinds(s)
    assert len(set(digests(team.stores))) == 1


def test_a_newcomer_judges_with_what_its_welcome_held(team):
    """A grants the right and, before sending it, approves a newcomer: the welcome
    holds the grant, so the newcomer's administrator may act on it at once, and the
    others judge the change with that knowledge."""
    a, b, c, other = _second_admin_team(team, is_admin=False)
    users.update_user(a, other.id, is_admin=True)  # not yet sent
    team.join("Uusi")
    d = _as(team, 3, "toinen", NURSE_PW)
    _rename(d, "Uuden koneen nimi")
    sync_all(team.stores)
    assert [_team_name(s) for s in team.stores] == ["Uuden koneen nimi"] * 4
    assert not any("refused" in _kinds(s) for s in team.stores)
    assert len(set(digests(team.stores))) == 1
