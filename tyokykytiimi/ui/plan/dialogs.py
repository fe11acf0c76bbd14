"""Dialogs of the plan tab: agree, conflict, versions/compare, export and print."""
from __future__ import annotations

import io
from datetime import date
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QPushButton, QTextBrowser,
                               QVBoxLayout, QHBoxLayout)

from ...formats import format_date
from ...models.plans import review_default
from ...store import plans
from ...store.errors import InvalidInput, StoreError
from ..date_fields import DateField
from ..export_files import ask_save_path, offer_open
from ..field_error import FieldError
from ..layout import chars_wide, fit_on_screen
from ... import clock


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AgreeDialog(QDialog):
    """When, at which network meeting, who took part and when to review; then the
    version is frozen. Everything agreeing needs is asked here, in the dialog."""

    def __init__(self, store, version, parent=None):
        super().__init__(parent)
        self.store, self.version, self.result_view = store, version, None
        self.setWindowTitle(self.tr("Agree on the plan"))
        self.setMinimumWidth(chars_wide(self, 90))
        form = QFormLayout(self)
        note = QLabel(self.tr("An agreed version can no longer be changed. Later changes "
                              "start a new draft."))
        note.setWordWrap(True)
        form.addRow(note)
        self.day = DateField(clock.today(), maximum=clock.today(), optional=False)
        self.day.setAccessibleName(self.tr("Agreed on"))
        form.addRow(self.tr("Agreed &on"), self.day)
        self.day_error = FieldError()
        form.addRow(self.day_error)
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("Not at a network meeting"), None)
        self._meetings = plans.meeting_options(store, version.client_id)
        for m in self._meetings:
            self.meeting.addItem(self.tr("Network meeting %1").replace("%1", m.text), m.id)
        self.meeting.currentIndexChanged.connect(self._fill_people)
        form.addRow(self.tr("&Meeting"), self.meeting)
        self.people = QPlainTextEdit()
        self.people.setTabChangesFocus(True)
        self.people.setPlaceholderText(self.tr("One participant per line"))
        form.addRow(self.tr("&Participants"), self.people)
        self.people_error = FieldError()
        form.addRow(self.people_error)
        self._client = self.tr("%1 (client)").replace(
            "%1", plans.client_name(store, version.client_id))
        user = getattr(getattr(store, "user", None), "display_name", None)
        self._first = [self._client] + ([user] if user else [])  # the client, then whoever records
        self.people.setPlainText("\n".join(self._first))
        c = version.content
        self.review = DateField(c.next_review or review_default(clock.today()), optional=False)
        self.review.setAccessibleName(self.tr("Next meeting or review"))
        form.addRow(self.tr("&Next meeting or review"), self.review)
        self.review_error = FieldError()
        form.addRow(self.review_error)
        self.reason = QLineEdit(c.review_reason or "")
        self.reason.setPlaceholderText(self.tr("Only when the review is more than 6 months "
                                               "ahead"))
        form.addRow(self.tr("&Reason for a later review"), self.reason)
        self.error = FieldError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.ok = buttons.addButton(self.tr("Agree and freeze"), QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self._agree)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if self._meetings:
            self.meeting.setCurrentIndex(1)

    def _fill_people(self) -> None:
        mid = self.meeting.currentData()
        people = list(self._first)
        for m in self._meetings:
            if m.id == mid:
                people += [p for p in m.participants if p not in people]
                self.day.setDate(min(m.day, clock.today()))
        self.people.setPlainText("\n".join(people))

    def _agree(self) -> None:
        people = [p for p in self.people.toPlainText().splitlines() if p.strip()]
        for e in (self.day_error, self.people_error, self.review_error, self.error):
            e.show_error(None)
        try:
            agreed_on, next_review = self.day.value(), self.review.value()
        except ValueError:
            return  # the date field says what is wrong
        try:
            self.result_view = plans.agree(
                self.store, self.version.id, agreed_on=agreed_on,
                participants=people, meeting_id=self.meeting.currentData(),
                expected_revision=self.version.revision,
                next_review=next_review, review_reason=self.reason.text())
        except InvalidInput as exc:
            where = {"agreed_on": self.day_error, "participants": self.people_error,
                     "next_review": self.review_error, "review_reason": self.review_error}
            where.get(exc.field, self.error).show_error(exc.message)
            return
        except StoreError as exc:  # agreed meanwhile elsewhere (a synced workstation)
            self.error.show_error(exc.message)
            self.ok.setEnabled(False)
            return
        self.accept()


class ConflictDialog(QDialog):
    """Someone saved in between: show both sides, let the person choose."""

    COMBINE, MINE = 1, 2

    def __init__(self, conflict: plans.EditConflict, parent=None):
        super().__init__(parent)
        self.choice = 0
        self.setWindowTitle(self.tr("Someone else saved the plan"))
        lay = QVBoxLayout(self)
        head = QLabel(conflict.message)
        head.setWordWrap(True)
        lay.addWidget(head)
        for title, lines in ((self.tr("Their changes"), conflict.their_changes),
                             (self.tr("Your changes"), conflict.my_changes),
                             (self.tr("When combined"), conflict.merge_notes)):
            if not lines:
                continue
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(QLabel("\n".join("• " + x for x in lines)))
            lay.addWidget(box)
        buttons = QDialogButtonBox()
        self.combine = buttons.addButton(self.tr("Combine both (recommended)"),
                                         QDialogButtonBox.AcceptRole)
        self.mine = buttons.addButton(self.tr("Keep only my version"),
                                      QDialogButtonBox.DestructiveRole)
        buttons.addButton(self.tr("Back to editing"), QDialogButtonBox.RejectRole)
        self.combine.setDefault(True)
        self.combine.clicked.connect(lambda: self._choose(self.COMBINE))
        self.mine.clicked.connect(lambda: self._choose(self.MINE))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def plan_html(view) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("VersionsDialog", text)

    # Written out so that lupdate finds each text (a tr() inside an f-string is missed).
    goals, tasks = tr("Goals"), tr("Tasks")
    case_manager, next_review = tr("Case manager"), tr("Next review")
    participants = tr("Participants")
    c = view.content
    parts = [f"<h3>{escape(goals)}</h3><ol>"]
    for g in c.goals:
        steps = "".join(f"<li>{'✓ ' if s.done else ''}{escape(s.text)}</li>" for s in g.steps)
        parts.append(f"<li>{escape(g.text)}" + (f"<ul>{steps}</ul>" if steps else "") + "</li>")
    parts.append(f"</ol><h3>{escape(tasks)}</h3><ul>")
    for t in c.tasks:
        due = f" – {format_date(t.due)}" if t.due else ""
        parts.append(f"<li>{escape(t.what)} <i>({escape(t.responsible_text)}{due})</i></li>")
    parts.append("</ul>")
    if c.case_manager_text:
        parts.append(f"<p><b>{escape(case_manager)}:</b> {escape(c.case_manager_text)}</p>")
    if c.next_review:
        parts.append(f"<p><b>{escape(next_review)}:</b> {format_date(c.next_review)}</p>")
    if view.participants:
        parts.append(f"<p><b>{escape(participants)}:</b> "
                     f"{escape(', '.join(view.participants))}</p>")
    return "".join(parts)


class VersionsDialog(QDialog):
    """Every version, read-only, and the comparison of any two."""

    def __init__(self, store, client_id, parent=None):
        super().__init__(parent)
        self.store, self.client_id = store, client_id
        self.setWindowTitle(self.tr("Plan versions"))
        fit_on_screen(self, 820, 560)
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.versions = plans.list_versions(store, client_id)
        for v in self.versions:
            if v.state == "agreed":
                d = v.agreed_on
                text = self.tr("Version %1, agreed %2").replace("%1", str(v.number)).replace(
                    "%2", format_date(d))
            else:
                text = self.tr("Version %1, draft").replace("%1", str(v.number))
            self.list.addItem(text)
        left.addWidget(QLabel(self.tr("&Versions")))
        left.itemAt(0).widget().setBuddy(self.list)
        left.addWidget(self.list)
        self.compare_with = QComboBox()
        self.compare_with.addItems([self.list.item(i).text() for i in range(self.list.count())])
        compare_label = QLabel(self.tr("Compare with"))
        compare_label.setBuddy(self.compare_with)
        left.addWidget(compare_label)
        left.addWidget(self.compare_with)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.clicked.connect(self._compare)
        left.addWidget(self.compare_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        left.addWidget(close)
        lay.addLayout(left, 1)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Selected version"))
        lay.addWidget(self.view, 2)
        self.list.currentRowChanged.connect(self._show)
        if self.versions:
            self.list.setCurrentRow(0)
            self.compare_with.setCurrentIndex(min(1, len(self.versions) - 1))

    def _show(self, row: int) -> None:
        if row < 0:
            return
        view = plans.get_version(self.store, self.versions[row].id)
        self.view.setHtml(plan_html(view))

    def _compare(self) -> None:
        a = self.versions[self.list.currentRow()]
        b = self.versions[self.compare_with.currentIndex()]
        old, new = (a, b) if a.number < b.number else (b, a)
        lines = plans.compare_versions(self.store, old.id, new.id)
        head = self.tr("Changes from version %1 to version %2").replace(
            "%1", str(old.number)).replace("%2", str(new.number))
        no_changes = self.tr("No changes")
        body = "".join(f"<li>{escape(x)}</li>" for x in lines) or \
            f"<li>{escape(no_changes)}</li>"
        self.view.setHtml(f"<h3>{escape(head)}</h3><ul>{body}</ul>")


class OutputDialog(QDialog):
    """Which document, which language, which consented recipients; then save or print."""

    def __init__(self, store, version, parent=None, *, printing: bool = False):
        super().__init__(parent)
        self.store, self.version, self.printing = store, version, printing
        self.setWindowTitle(self.tr("Print the plan") if printing else self.tr("Save the plan as PDF"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("The plan for the parties"), "parties")
        self.kind.addItem(self.tr("The client's own plan (large type)"), "client")
        form.addRow(self.tr("&Document"), self.kind)
        self.lang = QComboBox()
        for code, name in (("fi", "suomi"), ("sv", "svenska"), ("en", "English")):
            self.lang.addItem(name, code)
        # The client's recorded language first: the paper's reader (issue 17).
        from ...store.clients import get_client
        client = get_client(store, version.client_id, audit_view=False)
        self.lang.setCurrentIndex(max(0, self.lang.findData(client.language or "fi")))
        form.addRow(self.tr("&Language"), self.lang)
        self.boxes: list[QCheckBox] = []
        recipients = plans.plan_recipients(store, version.client_id)
        box = QGroupBox(self.tr("Recipients"))
        bl = QVBoxLayout(box)
        if recipients is None:
            bl.addWidget(QLabel(self.tr("Consents are not available in this version of the "
                                        "program, so no outside recipient can be offered.")))
        elif not recipients:
            bl.addWidget(QLabel(self.tr("No party has the client's consent to receive the plan.")))
        for party, name in recipients or []:
            cb = QCheckBox(name)
            cb.setProperty("party", party)
            bl.addWidget(cb)
            self.boxes.append(cb)
        form.addRow(box)
        self.error = FieldError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.addButton(self.tr("Print…") if printing else self.tr("Save…"),
                          QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def recipients(self) -> list[str]:
        return [cb.property("party") for cb in self.boxes if cb.isChecked()]

    def build(self, target) -> None:
        from ...reports.client_plan_pdf import write_client_plan_pdf
        from ...reports.plan_pdf import write_plan_pdf
        doc = plans.plan_document(self.store, self.version.id, recipients=self.recipients())
        writer = write_plan_pdf if self.kind.currentData() == "parties" else write_client_plan_pdf
        writer(doc, target, lang=self.lang.currentData())

    def _go(self) -> None:
        try:
            if self.printing:
                done = self._print()
            else:
                done = self._save()
        except (StoreError, OSError) as exc:
            self.error.show_error(getattr(exc, "message", None) or str(exc))
            return
        if done:
            plans.record_plan_output(self.store, self.version.id,
                                     action="print" if self.printing else "export",
                                     document=self.kind.currentData(),
                                     lang=self.lang.currentData(), recipients=self.recipients())
            self.accept()

    def _save(self) -> bool:
        name = ("suunnitelma" if self.kind.currentData() == "parties" else "oma-suunnitelma")
        path = ask_save_path(self, self.store, self.tr("Save the plan as PDF"),
                             f"{name}-v{self.version.number}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        self.build(path)
        # The note stays with the plan tab: this dialog closes once the file is written.
        offer_open(self.parentWidget() or self, path)
        return True

    def _print(self) -> bool:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        data = io.BytesIO()
        self.build(data)
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.Accepted:
            return False
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data.getvalue()))
        buffer.open(QIODevice.ReadOnly)
        pdf = QPdfDocument(self)
        pdf.load(buffer)
        painter = QPainter(printer)
        try:
            for page in range(pdf.pageCount()):
                if page:
                    printer.newPage()
                rect = printer.pageRect(QPrinter.DevicePixel).toRect()
                image = pdf.render(page, QSize(rect.width(), rect.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return True
