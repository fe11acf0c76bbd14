"""Tab order follows the visual order: top to bottom, left to right, group by group.

Each form is shown, focus put on its first field, and Tab pressed with pytest-qt
until focus comes back round; the controls visited (an inner line edit counts as
its combo or spin box) are compared with the order a person reads the form in.
"""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from shiboken6 import Shiboken

from tests.ui.test_accessibility import (_consent_client, _meeting_client, demo,  # noqa: F401
                                         describe)


def control(w: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to (a combo's, spin box's or date field's
    inner line edit)."""
    from tyokykytiimi.ui.date_fields import DateField, DateTimeField
    p = w
    while p is not None:
        if isinstance(p.parentWidget(), (QComboBox, QAbstractSpinBox, DateField,
                                         DateTimeField)):
            p = p.parentWidget()
            continue
        return p
    return w


def tab_walk(qtbot, window: QWidget, first: QWidget, limit: int = 80) -> list[QWidget]:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    first.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: control(QApplication.focusWidget()) is first, timeout=2000)
    seen = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        now = control(QApplication.focusWidget())
        if now is first:
            break
        seen.append(now)
    return seen


def names(owner, widgets) -> list[str]:
    by_id = {id(v): k for k, v in vars(owner).items() if isinstance(v, QWidget)}
    return [by_id.get(id(w)) or describe(w) for w in widgets]


def label(owner, w: QWidget) -> str:
    """The attribute name of ``w`` on ``owner`` (or its form), else a button's text."""
    for o in (owner, getattr(owner, "form", None)):
        if o is None:
            continue
        for k, v in vars(o).items():
            if v is w:
                return k
    text = getattr(w, "text", None)
    if callable(text) and isinstance(text(), str) and text():
        return text()
    return type(w).__name__


def walk(qtbot, owner, window, first) -> list[str]:
    """Tab stops as names; a date edit's day, month and year count once."""
    out: list[str] = []
    for w in tab_walk(qtbot, window, first):
        name = label(owner, w)
        if not out or out[-1] != name:
            out.append(name)
    return out


def key(w: QWidget) -> int:
    """The C++ object's address: Python wrappers of Qt-made widgets come and go."""
    return Shiboken.getCppPointer(w)[0]


def reachable(window: QWidget) -> set[int]:
    """Every visible, enabled control that takes focus by Tab (not Qt's inner parts)."""
    out = set()
    for w in window.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.TabFocus) or not w.isVisible() or not w.isEnabled():
            continue
        if control(w) is not w or w.focusProxy() is not None:
            continue
        out.add(key(w))
    return out


def assert_all_reached(qtbot, window, first) -> None:
    seen = {key(w) for w in tab_walk(qtbot, window, first)}
    todo = reachable(window) - seen
    missing = [describe(w) for w in window.findChildren(QWidget) if key(w) in todo]
    assert not missing, "not reachable with Tab:\n  " + "\n  ".join(missing)


# --- the forms ----------------------------------------------------------------------------
def test_client_form_tab_order(qtbot, demo):
    from tyokykytiimi.ui.clients.client_form import NewClientDialog
    d = NewClientDialog(demo.store)
    qtbot.addWidget(d)
    assert walk(qtbot, d.form, d, d.form.first_name) == [
        "first_name", "last_name", "hetu", "temporary_id", "sex", "phone", "email", "address",
        "municipality", "language", "interpreter", "referrer", "referrer_detail",
        "referral_date", "case_manager", "case_manager_text", "peer_support", "family_notes",
        "Save (Ctrl+S)", "Cancel"]
    assert_all_reached(qtbot, d, d.form.first_name)


def test_basic_tab_reads_left_column_then_right(qtbot, demo):
    from tyokykytiimi.ui.clients.basic_tab import BasicTab
    client = next(c for c in demo.clients if c.status == "active")
    tab = BasicTab(demo.store, client.id)
    qtbot.addWidget(tab)
    order = walk(qtbot, tab, tab, tab.form.first_name)
    undo = ["undo_button"] if tab.undo_button.isVisibleTo(tab) else []
    assert order[-9 - len(undo):] == [
        "family_notes", "save_button", "step", "step_date", "move_button", *undo,
        "outcome", "assessment", "close_date", "close_button"]
    assert "QScrollArea" not in order  # no silent stop on the scroll area itself


def test_consent_dialog_tab_order(qtbot, demo):
    from tyokykytiimi.ui.network.consents_tab import ConsentDialog
    d = ConsentDialog(demo.store, demo.clients[0].id)
    qtbot.addWidget(d)
    purposes = list(d.purposes)
    order = walk(qtbot, d, d, d.purposes[purposes[0]])
    assert order[len(purposes):] == ["filter", "orgs", "names", "given", "method", "signed",
                                     "until", "open_ended", "Save", "Cancel"]
    assert_all_reached(qtbot, d, d.purposes[purposes[0]])


def test_meeting_dialog_reads_meeting_then_after_then_invitees(qtbot, demo):
    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
    d = MeetingDialog(demo.store, _meeting_client(demo.store, demo.clients).id)
    qtbot.addWidget(d)
    d.add({"kind": "client"})
    d.has_next.setChecked(True)
    order = walk(qtbot, d, d, d.kind)
    domains = [b.text() for b in d.domain_boxes.values()]
    assert order[:13] == ["kind", "starts", "duration", "place", "link", "agenda", "held",
                          "minutes", "has_next", "next_at", *domains[:3]]
    tail = order[order.index(domains[-1]) + 1:]
    assert tail[:6] == ["suggestions", "add_btn", "add_client_btn", "add_peer_btn",
                        "add_cm_btn", "table"]
    assert tail[-3:] == ["remove_btn", "Save", "Cancel"]
    assert_all_reached(qtbot, d, d.kind)


def test_measures_entry_tab_order(qtbot, demo):
    from tyokykytiimi.ui.measures.measures_tab import EntryDialog
    d = EntryDialog(demo.store, demo.clients[0].id)
    qtbot.addWidget(d)
    assert walk(qtbot, d.form, d, d.form.set_combo) == [
        "set_combo", "time_combo", "date_edit", "grid", "decline_button", "save_button"]
    d.form.set_combo.setCurrentIndex(d.form.set_combo.findData("bdi"))
    assert walk(qtbot, d.form, d, d.form.set_combo) == [
        "set_combo", "time_combo", "date_edit", "total_only", "grid", "decline_button",
        "save_button"]


def test_plan_tab_reads_goals_tasks_then_the_plan(qtbot, demo, today):
    from tyokykytiimi.ui.plan.plan_tab import PlanTab
    tab = PlanTab(demo.store, _meeting_client(demo.store, demo.clients).id)
    qtbot.addWidget(tab)
    tab.add_goal()
    tab.add_task()
    tab.next_review.setDate(today.replace(year=today.year + 1))
    tab.task_due.setDate(None)  # "no date": Tab still moves on
    assert walk(qtbot, tab, tab, tab.save_button) == [
        "save_button", "agree_button", "versions_button", "export_button", "print_button",
        "goal_list", "add_goal_button", "remove_goal_button", "goal_text", "goal_target",
        "goal_state", "goal_steps",
        "task_list", "add_task_button", "remove_task_button", "task_what", "task_who",
        "task_role", "task_due", "task_state", "task_service", "task_plain",
        "case_manager", "client_role", "next_review", "review_reason", "notes"]


def test_screening_checklist_between_choice_and_decision(qtbot, demo):
    from tyokykytiimi.ui.clients.screening_tab import ScreeningTab
    tab = ScreeningTab(demo.store, demo.clients[0].id)
    qtbot.addWidget(tab)
    for index in range(tab.kind.count()):  # every checklist, also after switching
        tab.kind.setCurrentIndex(index)
        stops = tab_walk(qtbot, tab, tab.kind)
        names = [label(tab, w) for w in stops]
        decision = names.index("decision")
        body = stops[1:decision]
        grid = tab.scroll.widget().layout()
        cells = [grid.getItemPosition(grid.indexOf(w))[:2] for w in body]
        assert body and cells == sorted(cells), "checklist answers out of reading order"
        assert names[decision:] == ["decision", "reason", "screened_on", "save_button",
                                    "history"]


def test_sign_in_reads_top_to_bottom(qtbot, demo):
    from tyokykytiimi.ui.sign_in import SignInDialog
    d = SignInDialog(demo.store.data_dir)
    qtbot.addWidget(d)
    assert walk(qtbot, d, d, d.user) == ["user", "password", "use_recovery", "ok", "Quit"]
    d._show_recovery()
    assert walk(qtbot, d, d, d.user) == ["user", "password", "recovery", "use_recovery", "ok",
                                         "Quit"]


def test_setup_and_user_dialogs_tab_order(qtbot, demo, tmp_path):
    from tyokykytiimi.ui.admin.users_page import AddUserDialog
    from tyokykytiimi.ui.setup_wizard import RecoveryKeyDialog, SetupDialog
    d = SetupDialog(tmp_path / "new")
    qtbot.addWidget(d)
    assert walk(qtbot, d, d, d.team) == ["team", "display_name", "username", "QLineEdit",
                                         "repeat", "Create database", "Cancel", "join_button"]
    r = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", "Tiimi")
    qtbot.addWidget(r)
    r.stored.setChecked(True)
    order = walk(qtbot, r, r, r.stored)
    assert order[-2:] == ["stored", "Continue"] or order[:2] == ["stored", "Continue"]
    u = AddUserDialog(demo.store)
    qtbot.addWidget(u)
    assert walk(qtbot, u, u, u.display_name) == ["display_name", "username", "role", "is_admin",
                                                 "QLineEdit", "Add", "Cancel"]


def test_pages_tab_order_and_tables_let_tab_move_on(qtbot, demo):
    from tyokykytiimi.ui.admin.audit_page import AuditPage
    from tyokykytiimi.ui.clients.list_page import ClientListPage
    from tyokykytiimi.ui.network.servicemap_page import ServiceMapPage
    page = ClientListPage(demo.store)
    qtbot.addWidget(page)
    assert walk(qtbot, page, page, page.search) == [
        "search", "new_button", "step_filter", "status_filter", "cm_filter", "due_filter",
        "table"]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key_Down)  # the quick way into the results stays
    assert QApplication.focusWidget() is page.table
    audit = AuditPage(demo.store)
    qtbot.addWidget(audit)
    assert walk(qtbot, audit, audit, audit.action) == [
        "action", "user", "client", "since", "until", "Show", "Verify chain", "Export CSV…", "table"]
    smap = ServiceMapPage(demo.store)
    qtbot.addWidget(smap)
    assert walk(qtbot, smap, smap, smap.search) == [
        "search", "stale_only", "sector", "domain", "phase", "area", "table",
        "new_org_btn", "edit_org_btn", "remove_org_btn", "new_service_btn", "edit_service_btn",
        "remove_service_btn", "detail", "contacts", "new_contact_btn", "edit_contact_btn",
        "remove_contact_btn", "checked_btn", "import_btn", "export_csv_btn", "export_json_btn"]


@pytest.mark.parametrize("form", ["client_pages", "home_and_list", "measures", "users", "audit",
                                  "consents", "meetings", "servicemap", "screening"])
def test_tab_leaves_every_table(qtbot, demo, tmp_path, form):
    """Arrows move inside a table or list; Tab moves on to the next control."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from tests.ui.test_accessibility import BUILDERS, is_internal
    stuck = []
    for root in BUILDERS[form](demo, tmp_path):
        qtbot.addWidget(root)
        for view in root.findChildren(QAbstractItemView):
            if isinstance(view, QTableView) and not is_internal(view, root) \
                    and view.tabKeyNavigation():
                stuck.append(describe(view))
    assert not stuck, "Tab moves from cell to cell instead of on:\n  " + "\n  ".join(stuck)
