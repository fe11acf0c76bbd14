"""The team reads client feedback: every comment of a chosen period, anonymous ones too.

Opened from the Go menu ("Client feedback comments…"). Anonymous answers show
"anonymous" and nothing that leads to a client.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout)

from ... import formats, language
from ...models import feedback_form as ff
from ...store.feedback_reading import feedback_answers
from ..clients import labels
from ..date_fields import DateField
from ..layout import fit_on_screen
from ... import clock


def periods(today: date) -> list[tuple[str, date | None, date | None]]:
    tr = lambda text: QCoreApplication.translate("FeedbackReading", text)  # noqa: E731
    month_start = today.replace(day=1)
    last_month_end = month_start - timedelta(days=1)
    return [
        (tr("Last 30 days"), today - timedelta(days=30), today),
        (tr("This month"), month_start, today),
        (tr("Last month"), last_month_end.replace(day=1), last_month_end),
        (tr("This year"), date(today.year, 1, 1), today),
        (tr("Last year"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        (tr("All time"), None, None),
    ]


class FeedbackReadingDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Client feedback comments"))
        fit_on_screen(self, 860, 640)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        self.period = QComboBox()
        for text, since, until in periods(clock.today()):
            self.period.addItem(text, (since, until))
        self.period.addItem(self.tr("Chosen days"), None)
        period_label.setBuddy(self.period)
        self.since, self.until = self._date_edit(), self._date_edit()
        since_label, until_label = QLabel(self.tr("&From")), QLabel(self.tr("&To"))
        since_label.setBuddy(self.since)
        until_label.setBuddy(self.until)
        self.only_text = QCheckBox(self.tr("Only answers with a written &comment"))
        for w in (period_label, self.period, since_label, self.since, until_label,
                  self.until, self.only_text):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Feedback"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.since.dateChanged.connect(self._days_chosen)
        self.until.dateChanged.connect(self._days_chosen)
        self.only_text.toggled.connect(self.refresh)
        self._period_chosen()

    @staticmethod
    def _date_edit() -> DateField:
        return DateField()

    def _period_chosen(self, *_) -> None:
        chosen = self.period.currentData()
        if chosen is not None:
            since, until = chosen
            for w, day in ((self.since, since), (self.until, until)):
                w.blockSignals(True)
                w.setDate(day or clock.today())
                w.setEnabled(day is not None)
                w.blockSignals(False)
        else:
            self.since.setEnabled(True)
            self.until.setEnabled(True)
        self.refresh()

    def _days_chosen(self, *_) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.count() - 1)  # "Chosen days"
        self.period.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.period.currentData()
        if chosen is None:
            since, until = self.since.date(), self.until.date()  # empty: no limit
        else:
            since, until = chosen
        self.answers = feedback_answers(self.store, since=since, until=until,
                                        with_text_only=self.only_text.isChecked())
        comments = sum(1 for a in self.answers if a.free_text.strip())
        anonymous = sum(1 for a in self.answers if a.anonymous)
        self.summary.setText(self.tr("%1 answers, %2 with a comment, %3 anonymous")
                             .replace("%1", str(len(self.answers)))
                             .replace("%2", str(comments)).replace("%3", str(anonymous)))
        self.view.setHtml(self.render_html())

    def render_html(self) -> str:
        if not self.answers:
            return "<p>" + html.escape(self.tr("No feedback in this period.")) + "</p>"
        lang = language.current()
        steps = labels.steps()
        anonymous = self.tr("Anonymous")
        not_answered = self.tr("not answered")
        own_words = self.tr("In their own words:")
        parts = []
        for a in self.answers:
            head = formats.format_date(a.given_on) + " · "
            if a.anonymous:
                head += anonymous
            else:
                head += a.client_name or "–"
                if a.path_step is not None:
                    head += " · " + steps.get(a.path_step, str(a.path_step))
            parts.append(f"<h3>{html.escape(head)}</h3>")
            if a.free_text.strip():
                text = html.escape(a.free_text).replace("\n", "<br>")
                parts.append(f"<p><b>{html.escape(own_words)}</b> {text}</p>")
            try:
                defn = ff.definition(a.form_id, a.form_version)
            except ValueError:
                continue
            rows = []
            for item in defn.items:
                value = a.ratings.get(item.id)
                answer = (f"{value} {html.escape(ff.pick(item.anchor(value).label, lang))}"
                          if value is not None else f"<i>{html.escape(not_answered)}</i>")
                rows.append(f"<tr><td>{html.escape(ff.pick(item.text, lang))}</td>"
                            f"<td>{answer}</td></tr>")
            parts.append("<table cellpadding='2'>" + "".join(rows) + "</table>")
        return "".join(parts)


def add_window_actions(window, menus) -> None:
    def open_reading(_checked=False):
        dialog = FeedbackReadingDialog(window.store, window)
        dialog.exec()
    action = window.add_action(menus["go"], QCoreApplication.translate(
        "FeedbackReading", "Client feedback &comments…"), lambda: open_reading())
    action.setObjectName("feedbackReadingAction")
