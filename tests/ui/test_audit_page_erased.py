"""After an erasure the audit page says which entries were about the erased client."""
from tyokykytiimi.store.clients import create_client, get_client
from tyokykytiimi.store.erasure import erase_client
from tyokykytiimi.ui.admin.audit_page import AuditPage


def test_redacted_entries_read_erased_client(qtbot, store):
    gone = create_client(store, first_name="Ulla", last_name="Salminen")
    kept = create_client(store, first_name="Pekka", last_name="Virtanen")
    get_client(store, gone.id)  # an audited view of the client to be erased
    get_client(store, kept.id)
    erase_client(store, gone.id, confirm_name="Ulla Salminen", basis="entered_in_error")
    page = AuditPage(store)
    qtbot.addWidget(page)
    rows = [[page.table.item(r, c).text() for c in range(page.table.columnCount())]
            for r in range(page.table.rowCount())]
    erased = [r for r in rows if r[-1] == "(erased client)"]
    assert erased, rows
    assert all(r[4] == "(erased client)" for r in erased)  # no client named on them
    # The other client's entries name them in words, never by id (#15.7).
    assert any(r[4].startswith("Pekka Virtanen") for r in rows)
    assert not any(kept.id[:8] in cell for r in rows for cell in r)
    assert not any("Salminen" in cell for r in rows for cell in r)


def test_audit_view_names_client_and_target(qtbot, store):
    from tests.plan_data import saved_draft
    from tyokykytiimi.store import plans
    c = create_client(store, first_name="Aino", last_name="Auditoitu")
    d = saved_draft(store, c.id, "Tavoite", review_days=30)
    plans.get_version(store, d.id)  # an audited view of the version
    page = AuditPage(store)
    qtbot.addWidget(page)
    rows = [[page.table.item(r, col).text() for col in range(page.table.columnCount())]
            for r in range(page.table.rowCount())]
    views = [r for r in rows if r[4].startswith("Aino Auditoitu") and "1" in r[5]]
    assert views, rows
    assert not any(c.id[:8] in cell or d.id[:8] in cell or "plan_version" in cell
                   for r in rows for cell in r)


def test_audit_view_filters_by_the_clients_name(qtbot, store):
    from PySide6.QtCore import Qt
    a = create_client(store, first_name="Aino", last_name="Etsitty")
    b = create_client(store, first_name="Bertta", last_name="Muu")
    get_client(store, a.id)
    get_client(store, b.id)
    page = AuditPage(store)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.client, "etsitty")
    qtbot.keyClick(page.client, Qt.Key_Return)
    clients = {page.table.item(r, 4).text() for r in range(page.table.rowCount())}
    assert clients and all(c.startswith("Aino Etsitty") for c in clients)
