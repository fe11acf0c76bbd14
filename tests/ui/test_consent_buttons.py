"""The consents tab's row buttons do what they say, clicked as a person does.

"Mark signed" wired to Withdraw (a one-line mutation) opens the withdrawal
dialog instead; the answerer cancels it and the consent stays unsigned, so the
first test fails.
"""
from __future__ import annotations


from PySide6.QtCore import Qt

from tests.ui import drive
from tests.ui.modal import answer_modal
from tyokykytiimi.ui import i18n
from tyokykytiimi.store import consents as cs
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.ui.network.consents_tab import ConsentsTab


def _tab(qtbot, store, today):
    i18n.install("fi")  # as people see it; the keep_language fixture restores
    client = create_client(store, first_name="Matti", last_name="Meikäläinen")
    consent = cs.record_consent(store, client.id, purposes=["network"],
                                party_names=["Aino Vertainen"], given_on=today, method="paper")
    tab = ConsentsTab(store, client.id)
    qtbot.addWidget(tab)
    tab.show()
    rect = tab.table.visualRect(tab.table.model().index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, pos=rect.center())
    return tab, client, consent


def test_mark_signed_signs_the_selected_paper_consent(qtbot, store, today):
    tab, client, consent = _tab(qtbot, store, today)
    assert not consent.signed
    seen = []
    answer_modal("Tallenna", seen=seen)  # the date on the form: today, as offered
    drive.click_button(qtbot, tab, "Merkitse allekirjoitetuksi")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Merkitse allekirjoitetuksi"]  # the dialog asking the signing date
    after = cs.list_consents(store, client.id)[0]
    assert after.signed and after.signed_on == today and after.withdrawn_on is None


def test_withdraw_asks_and_cancel_changes_nothing(qtbot, store, today):
    tab, client, consent = _tab(qtbot, store, today)
    with drive.Answerer(qtbot) as answerer:
        drive.click_button(qtbot, tab, "Peru…")
        qtbot.waitUntil(lambda: bool(answerer.seen), timeout=5000)
    assert answerer.seen[0][0] == "WithdrawDialog"
    after = cs.list_consents(store, client.id)[0]
    assert after.withdrawn_on is None and not after.signed
