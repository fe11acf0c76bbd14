"""The network screens driven with pytest-qt against a real encrypted database."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui import drive
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import meetings as mt
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.network.consents_tab import ConsentDialog, ConsentsTab
from tyokykytiimi.ui.network.meetings_tab import MeetingDialog, MeetingsTab
from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage


@pytest.fixture
def client(store):
    sm.import_sample(store)
    return create_client(store, first_name="Matti", last_name="Meikäläinen")


def test_meeting_dialog_refuses_then_invites_after_consent(qtbot, store, client, today):
    dialog = MeetingDialog(store, client.id)
    qtbot.addWidget(dialog)
    dialog.place.setText("Koivulan terveysasema")
    dialog.domain_boxes["health"].setChecked(True)
    assert dialog.suggestions.count() > 0
    dialog.suggestions.setCurrentRow(0)
    qtbot.mouseClick(dialog.add_btn, Qt.LeftButton)
    assert dialog.invitees == [] and dialog.consent_btn.isVisibleTo(dialog)
    assert "suostumusta" in dialog.consent_error.text()

    org_id = dialog.suggestions.item(0).data(Qt.UserRole)[0]
    cs.record_consent(store, client.id, purposes=["network"], org_ids=[org_id],
                      given_on=today, method="verbal")
    qtbot.mouseClick(dialog.add_btn, Qt.LeftButton)
    qtbot.mouseClick(dialog.add_client_btn, Qt.LeftButton)
    assert [i["kind"] for i in dialog.invitees] == ["contact", "client"]
    dialog.table.cellWidget(0, 3).setCurrentIndex(1)  # invited
    dialog.table.cellWidget(0, 4).setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    [meeting] = mt.list_meetings(store, client.id)
    _, invitees = mt.get_meeting(store, meeting.id)
    assert invitees[0].status == "invited" and invitees[0].pre_assessment_requested

    tab = MeetingsTab(store, client.id)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save)


def test_meeting_dialog_shows_missing_place(qtbot, store, client):
    dialog = MeetingDialog(store, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    drive.click(qtbot, save_button(dialog))
    assert dialog.errors["place"].isVisible() and dialog.isVisible()
    assert mt.list_meetings(store, client.id) == []


def test_consent_dialog_and_tab(qtbot, store, client):
    tab = ConsentsTab(store, client.id)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 0
    dialog = ConsentDialog(store, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    drive.click(qtbot, save_button(dialog))  # nothing chosen: refused beside the field
    assert dialog.errors["purposes"].isVisible() and cs.list_consents(store, client.id) == []
    drive.click(qtbot, dialog.purposes["network"])
    drive.click(qtbot, dialog.names)
    qtbot.keyClicks(dialog.names, "Aino Vertainen")
    drive.choose_item(qtbot, dialog.method, "verbal")
    drive.click(qtbot, dialog.open_ended)
    drive.click(qtbot, save_button(dialog))
    assert dialog.result() == dialog.DialogCode.Accepted
    [consent] = cs.list_consents(store, client.id)
    assert (consent.method, consent.valid_until) == ("verbal", None)
    assert tab.table.rowCount() == 1  # refreshed through the change bus
    assert "Aino Vertainen" in tab.summary.text()


def test_service_map_page_filters_and_stale_text(qtbot, store, client):
    page = ServiceMapPage(store)
    qtbot.addWidget(page)
    total = page.table.rowCount()
    assert total >= 30
    page.sector.setCurrentIndex(page.sector.findData("third_sector"))
    assert 0 < page.table.rowCount() < total
    page.sector.setCurrentIndex(0)
    page.stale_only.setChecked(True)
    assert page.table.rowCount() > 0
    assert all("12" in page.table.item(r, 4).text() for r in range(page.table.rowCount()))
