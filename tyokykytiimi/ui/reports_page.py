"""Reports: the team's views over all clients, each from the area that owns its data."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from . import areas

VIEWS = [  # (tab title source, "module:Class") — each view takes (store, parent)
    ("Team report", "tyokykytiimi.ui.team_report.view:TeamReportView"),
    ("Measures", "tyokykytiimi.ui.measures.team_view:TeamMeasuresView"),
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
