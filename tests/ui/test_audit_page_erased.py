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
    assert all(r[4] == "" for r in erased)  # no client id left on them
    assert any(r[4] == kept.id[:8] for r in rows)  # the other client's entries untouched
    assert not any("Salminen" in cell for r in rows for cell in r)
