"""#16.8: opening a client and every one of their tabs writes nothing but the audit
trail's view entries (no plan draft, no tasks, no case-manager change)."""
import sqlalchemy as sa
from PySide6.QtCore import Qt

from tests.plan_data import agreed_plan
from tests.ui import drive
from tyokykytiimi.models.plans import TaskData
from tyokykytiimi.store import plans
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.clients.client_page import ClientPage

AUDIT = {"audit_entries"}


def _snapshot(store) -> dict[str, list]:
    with store.session() as s:
        conn = s.connection()
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(repr, conn.exec_driver_sql(f'SELECT * FROM "{t}"').all()))
                for t in tables if t not in AUDIT}


def _client_with_agreed_plan(store):
    client = create_client(store, first_name="Aino", last_name="Lukija")
    agreed_plan(store, client.id, "Pääsen työkokeiluun", tasks=(
        TaskData(what="Soittaa Kelaan", responsible_text="Aino (asiakas itse)",
                 responsible_kind="client"),))
    return client


def _audit_count(store) -> int:
    with store.session() as s:
        return s.connection().execute(sa.text("SELECT count(*) FROM audit_entries")).scalar()


def _open_every_tab(qtbot, store, client_id):
    page = ClientPage(store, client_id)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    _click_every_tab(qtbot, page)
    return page


def _click_every_tab(qtbot, page):
    bar = page.tabs.tabBar()
    for i, key in enumerate(page.tab_widgets):
        qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
        assert page.tabs.currentIndex() == i
        # A tab is built on first show and loads when it appears: wait for that.
        qtbot.waitUntil(page.tab_widgets[key].isVisible)


def test_opening_every_tab_of_a_client_writes_nothing_but_views(qtbot, store):
    client = _client_with_agreed_plan(store)
    before, audits = _snapshot(store), _audit_count(store)
    page = _open_every_tab(qtbot, store, client.id)
    after = _snapshot(store)
    changed = [t for t in before if before[t] != after[t]]
    assert changed == []
    assert _audit_count(store) > audits  # the views themselves are audited
    plan = page.tab_widgets["plan"]
    assert plan.status.text().startswith("Agreed, version 1 (")
    assert [v.state for v in plans.list_versions(store, client.id)] == ["agreed"]


def test_a_client_without_a_plan_gets_none_by_looking(qtbot, store):
    client = create_client(store, first_name="Eero", last_name="Uusi")
    before = _snapshot(store)
    _open_every_tab(qtbot, store, client.id)
    assert _snapshot(store) == before
    assert plans.list_versions(store, client.id) == []


def test_opening_a_client_from_the_main_window_writes_nothing(qtbot, store):
    from tyokykytiimi.ui.main_window import MainWindow
    client = _client_with_agreed_plan(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    drive.go_to(qtbot, window, "clients")
    before = _snapshot(store)
    page = drive.open_client(qtbot, window, "Lukija")
    assert page.client_id == client.id
    _click_every_tab(qtbot, page)
    after = _snapshot(store)
    assert [t for t in before if before[t] != after[t]] == []
