"""The meeting dialog names why a party cannot be invited and offers the matching action."""
from datetime import timedelta

from PySide6.QtCore import Qt

from tests.ui.modal import answer_modal
from tyokykytiimi import clock
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.network.consents_tab import ConsentsTab
from tyokykytiimi.ui.network.meetings_tab import MeetingDialog


def test_unsigned_paper_consent_is_marked_signed_with_its_date_then_invited(qtbot, store):
    sm.import_sample(store)
    client = create_client(store, first_name="Aino", last_name="Virta")
    dialog = MeetingDialog(store, client.id)
    qtbot.addWidget(dialog)
    dialog.domain_boxes["health"].setChecked(True)
    dialog.suggestions.setCurrentRow(0)
    org_id = dialog.suggestions.item(0).data(Qt.UserRole)[0]
    consent = cs.record_consent(store, client.id, purposes=["network"], org_ids=[org_id],
                                given_on=clock.today() - timedelta(days=3), method="paper")
    qtbot.mouseClick(dialog.add_btn, Qt.LeftButton)
    assert "merkitty allekirjoitetuksi" in dialog.consent_error.text()  # the store speaks Finnish
    assert dialog.consent_btn.text() == "Mark signed…"
    signed_on = clock.today() - timedelta(days=1)

    def type_date(signed):
        signed.date.edit.selectAll()
        qtbot.keyClicks(signed.date.edit, f"{signed_on.day}.{signed_on.month}.{signed_on.year}")
    answer_modal("Save", then=type_date)
    qtbot.mouseClick(dialog.consent_btn, Qt.LeftButton)
    assert cs.get_consent(store, consent.id).signed_on == signed_on
    qtbot.mouseClick(dialog.add_btn, Qt.LeftButton)
    assert [i["kind"] for i in dialog.invitees] == ["contact"]


def test_new_consent_button_opens_the_dialog(qtbot, store):
    """The button passed its checked flag into the parties before (issue 15.1)."""
    client = create_client(store, first_name="Aino", last_name="Virta")
    tab = ConsentsTab(store, client.id)
    qtbot.addWidget(tab)
    seen = []
    answer_modal("Cancel", seen=seen)
    qtbot.mouseClick(tab.new_btn, Qt.LeftButton)
    assert seen == ["Consent"]


def test_mark_signed_on_the_consents_tab_asks_the_signing_date(qtbot, store):
    client = create_client(store, first_name="Aino", last_name="Virta")
    verbal = cs.record_consent(store, client.id, purposes=["network"], party_names=["Kela"],
                               given_on=clock.today(), method="verbal")
    paper = cs.record_consent(store, client.id, purposes=["disclosure"], party_names=["TE"],
                              given_on=clock.today() - timedelta(days=1), method="paper")
    tab = ConsentsTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    rows = {c.id: i for i, c in enumerate(tab.consents)}
    tab.table.selectRow(rows[verbal.id])
    assert not tab.sign_btn.isEnabled()  # nothing to sign
    tab.table.selectRow(rows[paper.id])
    assert tab.sign_btn.isEnabled()

    def type_date(signed):
        signed.date.edit.selectAll()
        qtbot.keyClicks(signed.date.edit, "x.y")
        qtbot.mouseClick(next(b for b in signed.findChildren(type(tab.sign_btn))
                              if b.text() in ("Save", "&Save")), Qt.LeftButton)
        assert signed.date.error.isVisible()  # an impossible date says so, nothing saved
        signed.date.edit.selectAll()
        day = clock.today()
        qtbot.keyClicks(signed.date.edit, f"{day.day}.{day.month}.{day.year % 100}")
    answer_modal("Save", then=type_date)
    qtbot.mouseClick(tab.sign_btn, Qt.LeftButton)
    assert cs.get_consent(store, paper.id).signed_on == clock.today()
