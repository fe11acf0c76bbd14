"""Reports: the team's views over all clients, each from the area that owns its data."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from . import areas

def _team_report_view():
    from .team_report.view import TeamReportView
    return TeamReportView


def _team_measures_view():
    from .measures.team_view import TeamMeasuresView
    return TeamMeasuresView


VIEWS = [  # (tab title source, the view's class on first use) — each takes (store, parent)
    ("Team report", _team_report_view),
    ("Measures", _team_measures_view),
]


class ReportsPage(QWidget):
    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ReportsPage", "Reports")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        titles = {"Team report": self.tr("Team report"), "Measures": self.tr("Measures")}
        for title, spec in VIEWS:
            cls = areas.load(spec)
            if cls is not None:
                self.tabs.addTab(cls(store, self), titles[title])
        layout = QVBoxLayout(self)
        if self.tabs.count():
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(QLabel(self.tr("No reports are available yet."), self))
