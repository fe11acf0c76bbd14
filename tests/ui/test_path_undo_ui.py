"""A move on the service path is undone with one click by the person who made it."""
from PySide6.QtCore import Qt

from tyokykytiimi.store.clients import create_client, get_client, path_events
from tyokykytiimi.ui.clients.basic_tab import BasicTab
from tyokykytiimi.ui.clients.history_tab import HistoryTab


def test_move_then_undo_shows_a_reversal_in_the_history(qtbot, store):
    c = create_client(store, first_name="Aino", last_name="Virta")
    tab = BasicTab(store, c.id)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.undo_button.isVisible()
    qtbot.mouseClick(tab.move_button, Qt.LeftButton)
    assert get_client(store, c.id, audit_view=False).path_step == 2
    assert tab.undo_button.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.LeftButton)
    assert get_client(store, c.id, audit_view=False).path_step == 1
    assert not tab.undo_button.isVisible()
    assert path_events(store, c.id)[-1].reverses_id is not None
    history = HistoryTab(store, c.id)
    qtbot.addWidget(history)
    history.show()
    assert history.path.item(0, 1).text().startswith("Undone")
