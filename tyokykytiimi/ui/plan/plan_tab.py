"""The client's shared plan: the draft editor, versions, agreeing, printing.

Goals and tasks are lists that reorder by dragging or with Alt+Up / Alt+Down;
the selected item is edited in the fields beside the list. Ctrl+S saves,
Ctrl+P prints. The tab keeps what was typed until it is saved: the main
window asks ``has_unsaved_changes()`` before closing and may call ``save()``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout,
                               QWidget, QScrollArea)

from ...models.plans import (GOAL_STATES, TASK_STATES, GoalData, StepData, TaskData,
                             review_default, review_needs_reason)
from ...store import plans
from ...store.errors import InvalidInput
from ..date_fields import DateField
from ..events import announce
from ..saved import tell_saved
from ..field_error import FieldError
from ..layout import chars_wide, lines_high, shrinkable
from .dialogs import AgreeDialog, ConflictDialog, OutputDialog, VersionsDialog
from ...formats import format_date
from ... import clock



def date_edit() -> DateField:
    """A plan date: typed as 31.5.2027, empty when there is none (the calendar opens at today)."""
    return DateField()


def add_wrapped_row(form: QFormLayout, text: str, field: QWidget) -> None:
    """A row whose label takes two lines in a narrow column instead of being cut
    (the label names its field, as a form's own label does)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(field)
    form.addRow(label)  # a row of its own: the column's whole width before it wraps
    form.addRow(field)


def get_date(w: DateField):
    return w.date()


def set_date(w: DateField, d) -> None:
    w.setDate(d)


class OrderList(QListWidget):
    """A list reordered by dragging or Alt+Up/Alt+Down; emits ``moved`` after either."""

    def __init__(self, on_moved, parent=None):
        super().__init__(parent)
        self._on_moved = on_moved
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setMinimumHeight(lines_high(self, 7.5))

    def keyPressEvent(self, event):
        if event.modifiers() & Qt.AltModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            row = self.currentRow()
            to = row - 1 if event.key() == Qt.Key_Up else row + 1
            if 0 <= row < self.count() and 0 <= to < self.count():
                item = self.takeItem(row)
                self.insertItem(to, item)
                self.setCurrentRow(to)
                self._on_moved()
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event):
        super().dropEvent(event)
        self._on_moved()


class PlanTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("PlanTab", "Plan")  # a literal, for lupdate

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.view = None
        self._loading = False
        self._options = plans.responsible_options(store, client_id)
        self._build()
        self.reload()

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.agree_button = QPushButton(self.tr("&Agree…"))
        self.versions_button = QPushButton(self.tr("&Versions…"))
        self.export_button = QPushButton(self.tr("Save as P&DF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for b in (self.save_button, self.agree_button, self.versions_button,
                  self.export_button, self.print_button):
            bar.addWidget(b)
        outer.addLayout(bar)
        self.error = FieldError()
        outer.addWidget(self.error)
        self.save_button.clicked.connect(self.save)
        self.agree_button.clicked.connect(self._agree)
        self.versions_button.clicked.connect(self._versions)
        self.export_button.clicked.connect(lambda: self._output(False))
        self.print_button.clicked.connect(lambda: self._output(True))
        for keys, slot in ((QKeySequence.Save, self.save),
                           (QKeySequence.Print, lambda: self._output(True))):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        split = QSplitter(Qt.Horizontal)
        outer.addWidget(split, 1)

        # Goals
        goals_box = QGroupBox(self.tr("Goals in the client's own words"))
        gl = QVBoxLayout(goals_box)
        self.goal_list = OrderList(self._moved)
        self.goal_list.setAccessibleName(self.tr("Goals"))
        gl.addWidget(self.goal_list)
        row = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("Add &goal"))
        self.remove_goal_button = QPushButton(self.tr("Remove goal"))
        row.addWidget(self.add_goal_button)
        row.addWidget(self.remove_goal_button)
        gl.addLayout(row)
        gf = self._goal_form = QFormLayout()
        gf.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.goal_text = QPlainTextEdit()
        self.goal_text.setTabChangesFocus(True)
        self.goal_text.setMaximumHeight(lines_high(self.goal_text, 4))
        gf.addRow(self.tr("Goal"), self.goal_text)
        self.goal_target = date_edit()
        gf.addRow(self.tr("Target date"), self.goal_target)
        self.goal_state = QComboBox()
        for code, text in zip(GOAL_STATES, (self.tr("open"), self.tr("in progress"),
                                            self.tr("reached"), self.tr("changed"),
                                            self.tr("dropped"))):
            self.goal_state.addItem(text, code)
        gf.addRow(self.tr("State"), self.goal_state)
        self.goal_steps = QPlainTextEdit()
        self.goal_steps.setTabChangesFocus(True)
        self.goal_steps.setMaximumHeight(lines_high(self.goal_steps, 5.5))
        self.goal_steps.setPlaceholderText(self.tr("One intermediate goal per line; start a "
                                                   "line with + when it is done"))
        gf.addRow(self.tr("Intermediate goals"), self.goal_steps)
        gl.addLayout(gf)
        split.addWidget(goals_box)

        # Tasks
        tasks_box = QGroupBox(self.tr("Tasks, responsibilities and schedule"))
        tl = QVBoxLayout(tasks_box)
        self.task_list = OrderList(self._moved)
        self.task_list.setAccessibleName(self.tr("Tasks"))
        tl.addWidget(self.task_list)
        row = QHBoxLayout()
        self.add_task_button = QPushButton(self.tr("Add &task"))
        self.remove_task_button = QPushButton(self.tr("Remove task"))
        row.addWidget(self.add_task_button)
        row.addWidget(self.remove_task_button)
        tl.addLayout(row)
        tf = self._task_form = QFormLayout()
        tf.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.task_what = QLineEdit()
        tf.addRow(self.tr("What"), self.task_what)
        self.task_who = QComboBox()
        self.task_who.setEditable(True)
        self.task_who.setInsertPolicy(QComboBox.NoInsert)
        self.task_who.addItem("", None)
        for opt in self._options:
            self.task_who.addItem(opt.text, (opt.kind, opt.id))
        shrinkable(self.task_who, 16)
        tf.addRow(self.tr("Responsible"), self.task_who)
        self.task_role = QLineEdit()
        tf.addRow(self.tr("Role"), self.task_role)
        self.task_due = date_edit()
        tf.addRow(self.tr("By when"), self.task_due)
        self.task_state = QComboBox()
        for code, text in zip(TASK_STATES, (self.tr("planned"), self.tr("in progress"),
                                            self.tr("done"), self.tr("cancelled"))):
            self.task_state.addItem(text, code)
        tf.addRow(self.tr("State"), self.task_state)
        self.task_service = QLineEdit()
        tf.addRow(self.tr("Service used"), self.task_service)
        # The client's own plan prints this instead of the staff wording (issue 17):
        # the client's own tasks in the first person, others' in plain words.
        self.task_plain = QLineEdit()
        self.task_plain.setPlaceholderText(self.tr(
            "e.g. I call the work-trial place / The doctor writes a statement for Kela"))
        self.task_plain.setAccessibleName(self.tr("In the client's plan, in plain words"))
        tf.addRow(self.tr("In the client's plan"), self.task_plain)
        tl.addLayout(tf)
        split.addWidget(tasks_box)

        # The plan as a whole
        whole = QGroupBox(self.tr("The plan"))
        wf = QFormLayout(whole)
        wf.setRowWrapPolicy(QFormLayout.WrapAllRows)  # a narrow column: labels above fields
        self.case_manager = QLineEdit()
        add_wrapped_row(wf, self.tr("Case manager"), self.case_manager)
        self.client_role = QPlainTextEdit()
        self.client_role.setTabChangesFocus(True)
        self.client_role.setMaximumHeight(lines_high(self.client_role, 4))
        add_wrapped_row(wf, self.tr("The client's own role"), self.client_role)
        self.next_review = date_edit()
        add_wrapped_row(wf, self.tr("Next meeting or review"), self.next_review)
        self.review_hint = QLabel()
        self.review_hint.setWordWrap(True)
        wf.addRow(self.review_hint)
        self.review_reason = QLineEdit()
        add_wrapped_row(wf, self.tr("Reason for a later review"), self.review_reason)
        self.review_error = FieldError()
        wf.addRow(self.review_error)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Internal notes: not on the client's own plan"))
        add_wrapped_row(wf, self.tr("Notes"), self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.NoFocus)  # the fields inside take the focus
        scroll.setWidget(whole)
        split.addWidget(scroll)
        split.setSizes([400, 420, 380])

        # Wiring
        self.goal_list.currentRowChanged.connect(self._show_goal)
        self.task_list.currentRowChanged.connect(self._show_task)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button.clicked.connect(self._remove_goal)
        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button.clicked.connect(self._remove_task)
        for w in (self.goal_text, self.goal_steps):
            w.textChanged.connect(self._goal_edited)
        self.goal_target.dateChanged.connect(self._goal_edited)
        self.goal_state.currentIndexChanged.connect(self._goal_edited)
        self.task_what.textChanged.connect(self._task_edited)
        self.task_who.currentTextChanged.connect(self._task_edited)
        self.task_role.textChanged.connect(self._task_edited)
        self.task_due.dateChanged.connect(self._task_edited)
        self.task_state.currentIndexChanged.connect(self._task_edited)
        self.task_service.textChanged.connect(self._task_edited)
        self.task_plain.textChanged.connect(self._task_edited)
        for w in (self.case_manager, self.review_reason):
            w.textChanged.connect(self._whole_edited)
        for w in (self.client_role, self.notes):
            w.textChanged.connect(self._whole_edited)
        self.next_review.dateChanged.connect(self._whole_edited)

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        """Show the client's draft, else the agreed version; writes nothing but the view.

        A draft starts only when someone saves an edit (``save``).
        """
        self.view = plans.open_plan(self.store, self.client_id)
        content = (self.view.content if self.view is not None
                   else plans.new_plan_content(self.store, self.client_id))
        self.base = content.copy()
        self.content = content.copy()
        self.error.show_error(None)
        self._show_content()

    def _show_content(self) -> None:
        self._loading = True
        c = self.content
        self.goal_list.clear()
        for g in c.goals:
            self._goal_item(g)
        self.task_list.clear()
        for t in c.tasks:
            self._task_item(t)
        self.case_manager.setText(c.case_manager_text or "")
        self.client_role.setPlainText(c.client_role or "")
        set_date(self.next_review, c.next_review)
        self.review_reason.setText(c.review_reason or "")
        self.notes.setPlainText(c.notes or "")
        self._loading = False
        if self.goal_list.count():
            self.goal_list.setCurrentRow(0)
        else:
            self._show_goal(-1)
        if self.task_list.count():
            self.task_list.setCurrentRow(0)
        else:
            self._show_task(-1)
        self._update_status()

    def _goal_item(self, g: GoalData, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(g.text or self.tr("(new goal)"))
        item.setData(Qt.UserRole, g)
        self.goal_list.insertItem(self.goal_list.count() if row is None else row, item)
        return item

    def _task_item(self, t: TaskData) -> QListWidgetItem:
        item = QListWidgetItem(self._task_label(t))
        item.setData(Qt.UserRole, t)
        self.task_list.addItem(item)
        return item

    def _task_label(self, t: TaskData) -> str:
        who = f" — {t.responsible_text}" if t.responsible_text else ""
        return (t.what or self.tr("(new task)")) + who

    def _update_status(self) -> None:
        v = self.view
        changed = self.has_unsaved_changes()
        if v is None:
            text = self.tr("New plan, not saved yet")
        elif v.is_draft:
            text = self.tr("Draft, version %1").replace("%1", str(v.number))
            if v.based_on_id:
                text += " · " + self.tr("based on the previous agreed version")
        else:
            text = self.tr("Agreed, version %1 (%2)").replace("%1", str(v.number)).replace(
                "%2", format_date(v.agreed_on) if v.agreed_on else "–")
            if changed:
                text += " · " + self.tr("saving starts a new draft, version %1").replace(
                    "%1", str(v.number + 1))
        if changed:
            text += " · " + self.tr("unsaved changes")
        self.status.setText(text)
        can_agree = changed or (v is not None and v.is_draft)
        self.agree_button.setEnabled(can_agree)
        self.agree_button.setToolTip("" if can_agree else self.tr(
            "This version is already agreed. Edit the plan to start a new draft."))
        self._check_review()

    # --- editing -------------------------------------------------------------------

    def _current(self, lst: QListWidget):
        item = lst.currentItem()
        return (item, item.data(Qt.UserRole)) if item else (None, None)

    def _show_goal(self, row: int) -> None:
        item, g = self._current(self.goal_list)
        # Clearing the lists in _show_content lands here: keep its loading flag.
        was, self._loading = self._loading, True
        for w in (self.goal_text, self.goal_target, self.goal_state, self.goal_steps,
                  self.remove_goal_button):
            w.setEnabled(g is not None)
        self.goal_text.setPlainText(g.text if g else "")
        set_date(self.goal_target, g.target_date if g else None)
        self.goal_state.setCurrentIndex(max(0, self.goal_state.findData(g.state if g else "open")))
        self.goal_steps.setPlainText("\n".join(("+ " if s.done else "") + s.text
                                               for s in (g.steps if g else [])))
        self._loading = was

    def _show_task(self, row: int) -> None:
        item, t = self._current(self.task_list)
        # Clearing the lists in _show_content lands here: keep its loading flag.
        was, self._loading = self._loading, True
        for w in (self.task_what, self.task_who, self.task_role, self.task_due, self.task_state,
                  self.task_service, self.task_plain, self.remove_task_button):
            w.setEnabled(t is not None)
        self.task_what.setText(t.what if t else "")
        self.task_who.setEditText(t.responsible_text if t else "")
        if t:
            i = self.task_who.findText(t.responsible_text)
            if i >= 0:
                self.task_who.setCurrentIndex(i)
        self.task_role.setText((t.role or "") if t else "")
        set_date(self.task_due, t.due if t else None)
        self.task_state.setCurrentIndex(max(0, self.task_state.findData(t.state if t else "planned")))
        self.task_service.setText((t.service or "") if t else "")
        self.task_plain.setText((t.plain_text or "") if t else "")
        self._loading = was

    def _goal_edited(self) -> None:
        if self._loading:
            return
        item, g = self._current(self.goal_list)
        if g is None:
            return
        g.text = self.goal_text.toPlainText().strip()
        g.target_date = get_date(self.goal_target)
        g.state = self.goal_state.currentData()
        old = {s.text: s for s in g.steps}
        steps = []
        for line in self.goal_steps.toPlainText().splitlines():
            done = line.lstrip().startswith("+")
            text = line.lstrip().lstrip("+").strip()
            if not text:
                continue
            prev = old.pop(text, None)
            steps.append(StepData(text=text, done=done, key=prev.key if prev else
                                  StepData(text).key,
                                  target_date=prev.target_date if prev else None))
        g.steps = steps
        item.setText(g.text or self.tr("(new goal)"))
        self._sync()

    def _task_edited(self) -> None:
        if self._loading:
            return
        item, t = self._current(self.task_list)
        if t is None:
            return
        t.what = self.task_what.text().strip()
        who = self.task_who.currentText().strip()
        i = self.task_who.findText(who)
        kind_id = self.task_who.itemData(i) if i >= 0 else None
        t.responsible_kind, t.responsible_id = kind_id if kind_id else ("other", None)
        t.responsible_text = who
        t.role = self.task_role.text().strip() or None
        t.due = get_date(self.task_due)
        t.state = self.task_state.currentData()
        t.service = self.task_service.text().strip() or None
        t.plain_text = self.task_plain.text().strip() or None
        item.setText(self._task_label(t))
        self._sync()

    def _whole_edited(self) -> None:
        if self._loading:
            return
        c = self.content
        c.case_manager_text = self.case_manager.text().strip() or None
        c.client_role = self.client_role.toPlainText().strip() or None
        c.next_review = get_date(self.next_review)
        c.review_reason = self.review_reason.text().strip() or None
        c.notes = self.notes.toPlainText().strip() or None
        self._update_status()

    def _moved(self) -> None:
        self._sync()

    def _sync(self) -> None:
        """Rebuild the content's lists from the widgets' order."""
        self.content.goals = [self.goal_list.item(i).data(Qt.UserRole)
                              for i in range(self.goal_list.count())]
        self.content.tasks = [self.task_list.item(i).data(Qt.UserRole)
                              for i in range(self.task_list.count())]
        self._update_status()

    def _check_review(self) -> None:
        day = self.content.next_review
        limit = review_default(clock.today())
        late = review_needs_reason(clock.today(), day)
        self.review_reason.setEnabled(late or bool(self.review_reason.text()))
        if day is None:
            self.review_hint.setText(self.tr("At the latest %1 (6 months)").replace(
                "%1", format_date(limit)))
        elif late:
            self.review_hint.setText(self.tr("More than 6 months ahead: write down why."))
        else:
            self.review_hint.setText("")

    def add_goal(self) -> None:
        g = GoalData(text="")
        item = self._goal_item(g)
        self.goal_list.setCurrentItem(item)
        self._sync()
        self.goal_text.setFocus()

    def add_task(self) -> None:
        t = TaskData(what="")
        item = self._task_item(t)
        self.task_list.setCurrentItem(item)
        self._sync()
        self.task_what.setFocus()

    def _remove_goal(self) -> None:
        row = self.goal_list.currentRow()
        if row >= 0:
            self.goal_list.takeItem(row)
            self._sync()

    def _remove_task(self) -> None:
        row = self.task_list.currentRow()
        if row >= 0:
            self.task_list.takeItem(row)
            self._sync()

    def resizeEvent(self, event) -> None:
        # Narrow (200 %, a small window): labels above the fields, so each field has
        # the column's whole width instead of what the longest label leaves over.
        narrow = event.size().width() < chars_wide(self, 120)
        policy = QFormLayout.WrapAllRows if narrow else QFormLayout.WrapLongRows
        for form in (self._goal_form, self._task_form):
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def keyPressEvent(self, event):
        # The QAction shortcuts need an active window; key presses that reach
        # the tab unhandled (e.g. from an embedded, inactive window) still save.
        if event.matches(QKeySequence.Save):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- saving --------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.content != self.base

    def save(self) -> bool:
        """Save the edits; the first save after an agreed version starts a new draft.

        On a conflict asks how to combine. True when saved (or nothing to save).
        """
        self.error.show_error(None)
        if not self._dates_read():
            return False
        if not self.has_unsaved_changes():
            return True
        try:
            if self.view is None or not self.view.is_draft:
                saved = plans.start_draft(self.store, self.client_id, self.content,
                                          based_on_id=self.view.id if self.view else None,
                                          base=self.base)
            else:
                saved = plans.save_draft(self.store, self.view.id, self.content,
                                         self.view.revision, self.base)
        except plans.EditConflict as conflict:
            return self._resolve(conflict)
        except (plans.PlanFrozen, InvalidInput) as exc:
            self.error.show_error(exc.message)
            return False
        self._saved(saved)
        return True

    def _dates_read(self) -> bool:
        """A half-typed or impossible date stops the save: its own message is under the
        field, and the plan is not saved with the date quietly left out."""
        for field in (self.goal_target, self.task_due, self.next_review):
            if not field.isEnabled():
                continue
            try:
                field.value()
            except ValueError:
                field.setFocus()
                self.error.show_error(self.tr("Not saved: correct the date marked below it."))
                return False
        return True

    def _resolve(self, conflict: plans.EditConflict) -> bool:
        dialog = ConflictDialog(conflict, self)
        if not dialog.exec():
            self.error.show_error(self.tr("Not saved: your text is still here."))
            return False
        chosen = conflict.merged if dialog.choice == ConflictDialog.COMBINE else conflict.mine
        saved = plans.save_draft(self.store, conflict.version_id or self.view.id, chosen,
                                 conflict.their_revision)
        self._saved(saved)
        return True

    def _saved(self, saved) -> None:
        self.view = saved
        self.base = saved.content.copy()
        self.content = saved.content.copy()
        goal_row, task_row = self.goal_list.currentRow(), self.task_list.currentRow()
        self._show_content()
        if 0 <= goal_row < self.goal_list.count():
            self.goal_list.setCurrentRow(goal_row)
        if 0 <= task_row < self.task_list.count():
            self.task_list.setCurrentRow(task_row)
        announce("plan", self.client_id)
        tell_saved(self)

    # --- actions -------------------------------------------------------------------

    def _agree(self) -> None:
        if self.has_unsaved_changes() and not self.save():
            return
        if self.view is None or not self.view.is_draft:
            self.error.show_error(self.tr("This version is already agreed. Edit the plan to "
                                          "start a new draft."))
            return
        dialog = AgreeDialog(self.store, self.view, self)
        if dialog.exec() and dialog.result_view is not None:
            announce("plan", self.client_id)
            self.agreed_view = dialog.result_view
            self.reload()  # shows the agreed version; editing starts the next draft

    def _versions(self) -> None:
        if self.has_unsaved_changes():
            self.save()
        VersionsDialog(self.store, self.client_id, self).exec()

    def _output(self, printing: bool) -> None:
        versions = plans.list_versions(self.store, self.client_id)
        if not versions:
            self.error.show_error(self.tr("Write and save the plan first."))
            return
        agreed = [v for v in versions if v.state == "agreed"]
        target = plans.get_version(self.store, (agreed or versions)[0].id, audit_view=False)
        OutputDialog(self.store, target, self, printing=printing).exec()
