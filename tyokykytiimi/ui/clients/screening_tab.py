"""Screening tab: answer a versioned checklist, see the suggestion live, record a decision."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...store.clients import age_of, case_manager_choices, get_client
from ...store.errors import InvalidInput
from ...models.screening import prefill
from ...store.screenings import (DECISIONS_BY_KIND, DEFINITIONS, answers_of, definition,
                                 list_screenings, notes_of, record_screening, suggest)
from ..events import announce
from ..saved import tell_saved
from ..date_fields import DateField
from ..field_error import FieldError
from ... import clock
from ..layout import emphasise, lines_high, tab_chain
from . import labels

ANSWER_CODES = ("yes", "no", "unknown")


class ScreeningTab(QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ScreeningTab", "Screening")

    def __init__(self, store, client_id: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.lang = labels.ui_language()
        client = get_client(store, client_id, audit_view=False)
        self.age = age_of(client)
        self._dirty = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        for def_id in DEFINITIONS:
            d = definition(def_id)
            self.kind.addItem(f"{d.title[self.lang]} (v{d.version})", def_id)
        self.kind.setAccessibleName(self.tr("Checklist"))
        self.kind.currentIndexChanged.connect(self._build)
        top.addWidget(QLabel(self.tr("Checklist")))
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        self.source = QLabel()
        self.source.setWordWrap(True)
        layout.addWidget(self.source)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.NoFocus)  # the answers inside take the focus
        layout.addWidget(self.scroll, 1)  # the checklist gets the room

        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setObjectName("suggestion")
        emphasise(self.suggestion)
        layout.addWidget(self.suggestion)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setObjectName("savedScreening")
        layout.addWidget(self.saved_label)

        decide = QGroupBox(self.tr("Decision (made by a person)"))
        df = QFormLayout(decide)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        self.guided_to = QLineEdit()
        self.guided_to.setPlaceholderText(self.tr("Which service, e.g. mental-health services"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why"))
        self.errors = {"decision": FieldError(), "guided_to": FieldError(),
                       "reason": FieldError(), "other": FieldError()}
        # A screening done on paper yesterday is recorded with its own day.
        self.screened_on = DateField(clock.today(), maximum=clock.today(), optional=False)
        self.screened_on.setAccessibleName(self.tr("Screened on"))
        self.errors["screened_on"] = self.screened_on.error
        df.addRow(self.tr("Decision"), self.decision)
        df.addRow("", self.errors["decision"])
        df.addRow(self.tr("Guided to"), self.guided_to)
        df.addRow("", self.errors["guided_to"])
        df.addRow(self.tr("Reason"), self.reason)
        df.addRow("", self.errors["reason"])
        df.addRow(self.tr("Screened on"), self.screened_on)
        self.save_button = QPushButton(self.tr("Save screening (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        df.addRow("", self.save_button)
        df.addRow("", self.errors["other"])
        layout.addWidget(decide)
        QShortcut(QKeySequence.Save, self, self.save, context=Qt.WidgetWithChildrenShortcut)
        self.decision.currentIndexChanged.connect(self._decision_changed)

        history_label = QLabel(self.tr("Earlier screenings (kept as they were)"))
        self.history_label = history_label
        layout.addWidget(history_label)
        self.history = QTableWidget(0, 6)
        history_label.setBuddy(self.history)
        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Checklist"), self.tr("Suggestion"), self.tr("Decision"),
            self.tr("Guided to / reason"), self.tr("Decided by")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().hide()
        layout.addWidget(self.history)
        self._load_history()
        self._build()

    # --- building the checklist ------------------------------------------------------
    def _build(self) -> None:
        self.def_id = self.kind.currentData()
        self.defn = definition(self.def_id)
        d = self.defn
        src = self.tr("Source: %1. Valid from %2.").replace("%1", d.source) \
            .replace("%2", labels.fmt_date(d.valid_from))
        if d.valid_until:
            src += " " + self.tr("Valid until %1.").replace("%1", labels.fmt_date(d.valid_until))
        if d.note:
            src += " " + d.note[self.lang]
        self.source.setText(src)
        body = QWidget()
        grid = QGridLayout(body)
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.subsidy = self.months = None
        row = 0
        answer_texts = {"yes": self.tr("Yes"), "no": self.tr("No"),
                        "unknown": self.tr("Not known")}
        suggested = prefill(d, age=self.age)
        self.suggest_buttons: dict[str, QPushButton] = {}
        for group in d.groups:
            title = QLabel(group.title[self.lang])
            emphasise(title)
            grid.addWidget(title, row, 0, 1, 5)
            row += 1
            for item in group.items:
                text = QLabel(item.text[self.lang])
                text.setWordWrap(True)
                grid.addWidget(text, row, 0)
                bg = QButtonGroup(body)
                for col, code in enumerate(ANSWER_CODES, start=1):
                    rb = QRadioButton(answer_texts[code])
                    rb.setAccessibleName(f"{item.text[self.lang]}: {answer_texts[code]}")
                    rb.setProperty("answer", code)
                    bg.addButton(rb)
                    grid.addWidget(rb, row, col)
                bg.buttonToggled.connect(self._answers_changed)
                self.groups[item.id] = bg
                note = QLineEdit()
                note.setPlaceholderText(self.tr("Note"))
                note.setAccessibleName(self.tr("Note"))
                note.textEdited.connect(lambda _t: setattr(self, "_dirty", True))
                self.notes[item.id] = note
                grid.addWidget(note, row, 4)
                row += 1
                if item.id in suggested:
                    # Suggested from the henkilötunnus; the person confirms it with a click.
                    code = suggested[item.id]
                    button = QPushButton(self.tr("Suggested from the henkilötunnus (age %1): "
                                                 "%2 – confirm").replace("%1", str(self.age))
                                         .replace("%2", answer_texts[code]))
                    button.clicked.connect(lambda _c=False, i=item.id, a=code:
                                           self.set_answer(i, a))
                    self.suggest_buttons[item.id] = button
                    grid.addWidget(button, row, 0, 1, 4, Qt.AlignLeft)
                    row += 1
        if d.kind == "typ_triggers":
            for trig in d.triggers:
                lab = QLabel("• " + trig.text[self.lang])
                lab.setWordWrap(True)
                grid.addWidget(lab, row, 0, 1, 5)
                row += 1
            self.subsidy = self._spin(self.tr("Days of labour market subsidy"), grid, row)
            self.months = self._spin(self.tr("Months continuously unemployed"), grid, row + 1)
            grid.addWidget(QLabel(self.tr("Age from the henkilötunnus: %1")
                                  .replace("%1", str(self.age) if self.age is not None else "–")),
                           row + 2, 0, 1, 5)
            row += 3
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 2)
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(body)
        # The new checklist joins the focus chain last: put it back between the
        # checklist choice and the decision, in reading order.
        inputs = [w for w in body.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus
                  and not isinstance(w.parentWidget(), QSpinBox)]
        inputs.sort(key=lambda w: (grid.getItemPosition(grid.indexOf(w))[0],
                                   grid.getItemPosition(grid.indexOf(w))[1]))
        tab_chain(self.kind, *inputs, self.decision)
        self.decision.clear()
        self.decision.addItem(self.tr("Not decided yet"), None)
        for code in DECISIONS_BY_KIND[self.def_id]:
            self.decision.addItem(labels.decisions()[code], code)
        self._decision_changed()
        self._show_saved()
        self._answers_changed()
        self._dirty = False

    def _show_saved(self) -> None:
        """Fill the form with the latest saved screening of this checklist, if any."""
        latest = next((r for r in self._rows if r.definition_id == self.def_id), None)
        if latest is None:
            self.saved_label.setText("")
            self.saved_label.hide()
            return
        for item_id, code in answers_of(latest).items():
            if item_id in self.groups:
                self.set_answer(item_id, code)
        for item_id, text in notes_of(latest).items():
            if item_id in self.notes:
                self.notes[item_id].setText(text)
        if self.subsidy is not None:
            self.subsidy.setValue(-1 if latest.subsidy_days is None else latest.subsidy_days)
            self.months.setValue(-1 if latest.months_unemployed is None
                                 else latest.months_unemployed)
        i = self.decision.findData(latest.decision)
        self.decision.setCurrentIndex(max(0, i))
        self.guided_to.setText(latest.guided_to or "")
        self.reason.setText(latest.decision_reason or "")
        names = dict(case_manager_choices(self.store))
        decision = labels.decisions().get(latest.decision or "", self.tr("not decided"))
        text = self.tr("Saved %1: %2").replace("%1", labels.fmt_date(latest.screened_on)) \
            .replace("%2", decision)
        if latest.decided_by:
            text += " (" + names.get(latest.decided_by, "–") + ")"
        text += " · " + self.tr("saving again records a new screening; this one is kept")
        self.saved_label.setText("✓ " + text)
        self.saved_label.show()

    def _spin(self, label: str, grid: QGridLayout, row: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 9999)
        spin.setValue(-1)
        spin.setSpecialValueText(self.tr("not known"))
        spin.setAccessibleName(label)
        spin.valueChanged.connect(self._answers_changed)
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(spin, row, 1, 1, 3)
        return spin

    # --- live suggestion -------------------------------------------------------------
    def answers(self) -> dict:
        out = {}
        for item_id, bg in self.groups.items():
            btn = bg.checkedButton()
            if btn is not None:
                out[item_id] = btn.property("answer")
        return out

    def set_answer(self, item_id: str, code: str) -> None:
        for btn in self.groups[item_id].buttons():
            if btn.property("answer") == code:
                btn.setChecked(True)

    def _typ_inputs(self) -> dict:
        if self.subsidy is None:
            return {}
        val = lambda s: None if s.value() < 0 else s.value()  # noqa: E731
        return {"subsidy_days": val(self.subsidy), "months_unemployed": val(self.months)}

    def _answers_changed(self, *_):
        self._dirty = True
        s = suggest(self.defn, self.answers(), age=self.age, lang=self.lang, **self._typ_inputs())
        text = self.tr("The answers point to: %1").replace("%1", labels.decisions()[s.outcome])
        if s.points_to:
            text += "\n" + "\n".join("→ " + p for p in dict.fromkeys(s.points_to))
        open_count = len(self.defn.items) - len(
            [a for a in self.answers().values() if a != "unknown"])
        if self.defn.items and open_count:
            text += "\n" + self.tr("%1 items unanswered or not known.").replace("%1", str(open_count))
        self.suggestion.setText(text)

    def _decision_changed(self, *_):
        elsewhere = self.decision.currentData() == "guide_elsewhere"
        self.guided_to.setEnabled(elsewhere)

    def has_unsaved_changes(self) -> bool:
        return self._dirty and bool(self.answers() or self.decision.currentData())

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        for e in self.errors.values():
            e.show_error(None)
        try:
            screened_on = self.screened_on.value()  # its message is under the field
        except ValueError:
            self.screened_on.setFocus()
            return False
        try:
            record_screening(self.store, self.client_id, self.def_id, answers=self.answers(),
                             screened_on=screened_on,
                             notes={k: w.text() for k, w in self.notes.items()},
                             decision=self.decision.currentData(),
                             guided_to=self.guided_to.text(), reason=self.reason.text(),
                             **self._typ_inputs())
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors["other"]).show_error(exc.message)
            return False
        announce("screening", self.client_id)
        tell_saved(self)
        self._load_history()
        self._build()  # shows the decision just saved
        return True

    def _load_history(self) -> None:
        names = dict(case_manager_choices(self.store))
        rows = self._rows = list_screenings(self.store, self.client_id)
        self.history.setVisible(bool(rows))
        # Only as tall as its rows (five at most): the checklist keeps the room.
        self.history.setMaximumHeight(lines_high(self.history, 1.6 * (min(len(rows), 5) + 1)))
        self.history_label.setVisible(bool(rows))
        self.history.setRowCount(len(rows))
        for i, r in enumerate(rows):
            d = definition(r.definition_id, r.definition_version)
            extra = " · ".join(x for x in (r.guided_to, r.decision_reason) if x)
            values = [labels.fmt_date(r.screened_on), f"{d.title[self.lang]} v{r.definition_version}",
                      labels.decisions().get(r.suggestion or "", "–"),
                      labels.decisions().get(r.decision or "", self.tr("not decided")),
                      extra, names.get(r.decided_by, "–") if r.decided_by else "–"]
            for j, v in enumerate(values):
                self.history.setItem(i, j, QTableWidgetItem(v))
