"""The team report's charts on screen (QtCharts), drawn from its tables.

Staff see every number on screen, so these charts draw the values as they are;
the PDF's charts hide small numbers (reports/team_report_pdf.py).
"""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QChart, QChartView, QHorizontalBarSeries,
                              QHorizontalPercentBarSeries, QBarSet, QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from tyokykytiimi.formats import format_number
from tyokykytiimi.store.team_report import Table

BASE_PT = 10.5
PALETTE = ["#1f5fa8", "#2e8b57", "#c77c02", "#7a7a7a"]
STACK = ["#2e8b57", "#b9b9b9", "#c0504d"]
# Which columns each table's chart draws.
CHART_COLUMNS = {
    "referrals": ["referred", "accepted", "guided_elsewhere"],
    "active_by_step": ["clients"],
    "closings": ["closings"],
    "network": ["count"],
    "sectors": ["attendances"],
    "followups": ["clients"],
    "feedback_items": ["mean"],
}


def _font(scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(BASE_PT * scale)
    f.setBold(bold)
    return f


def _view(chart: QChart, height: int) -> QChartView:
    chart.legend().setFont(_font(0.95))
    chart.legend().setAlignment(Qt.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    for axis in chart.axes():
        axis.setLabelsFont(_font(0.95))
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)
    return view


def _nice_max(top: float) -> tuple[float, int]:
    """An axis end a little above ``top`` on a round step, and its tick count."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            ticks = int(top // step) + 1
            return float(step * ticks), ticks + 1
    return float(top), 6


def bar_chart(table: Table) -> QChartView | None:
    """Horizontal bars of the table's chart columns, one bar group per row."""
    if table.id == "prom_change":
        return change_chart(table)
    columns = CHART_COLUMNS.get(table.id)
    rows = [r for r in table.rows if not r.total]
    if not columns or not rows:
        return None
    values = {c: [r.values[table.col(c)] for r in rows] for c in columns}
    if not any(v for vs in values.values() for v in vs):
        return None
    chart = QChart()
    series = QHorizontalBarSeries()
    decimals = 0
    # Qt draws the first category at the bottom: reverse the rows so the chart
    # reads top-down in the table's order (the sets keep their order, so the
    # legend does too).
    for i, cid in enumerate(columns):
        col = table.columns[table.col(cid)]
        decimals = max(decimals, col.decimals)
        bar_set = QBarSet(col.label)
        for v in reversed(values[cid]):
            bar_set.append(float(v) if v is not None else 0.0)
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bar_set.setLabelFont(_font(0.9, True))
        bar_set.setLabelColor(QColor("#1a1a1a"))
        series.append(bar_set)
    # Qt writes bar labels with a decimal point whatever the language: label
    # whole counts only; means are read from the table beside the chart.
    series.setLabelsVisible(decimals == 0)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsOutsideEnd)
    series.setLabelsPrecision(9)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append([r.values[0] for r in reversed(rows)])
    axis = QValueAxis()
    if table.id == "feedback_items":
        axis.setRange(0, 5)
        axis.setTickCount(6)
        axis.setLabelFormat("%d")
    else:
        top, ticks = _nice_max(max(float(v or 0) for vs in values.values() for v in vs))
        axis.setRange(0, top)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%d")
    chart.addAxis(cats, Qt.AlignLeft)
    chart.addAxis(axis, Qt.AlignBottom)
    series.attachAxis(cats)
    series.attachAxis(axis)
    chart.legend().setVisible(len(columns) > 1)
    per_row = 15 * len(columns) + 12
    view = _view(chart, 70 + per_row * len(rows) + (30 if len(columns) > 1 else 0))
    view.setAccessibleName(table.title)
    return view


def change_chart(table: Table) -> QChartView | None:
    """Improved / no clear change / weaker as shares, one bar per measure."""
    rows = [r for r in table.rows if r.values[table.col("clients")]]
    if not rows:
        return None
    chart = QChart()
    series = QHorizontalPercentBarSeries()
    for i, cid in enumerate(("improved", "same", "worse")):
        bar_set = QBarSet(table.columns[table.col(cid)].label)
        for r in reversed(rows):
            bar_set.append(float(r.values[table.col(cid)]))
        bar_set.setColor(QColor(STACK[i]))
        series.append(bar_set)
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append([r.values[0] for r in reversed(rows)])
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d %%")
    chart.addAxis(cats, Qt.AlignLeft)
    chart.addAxis(axis, Qt.AlignBottom)
    series.attachAxis(cats)
    series.attachAxis(axis)
    view = _view(chart, 90 + 34 * len(rows))
    view.setAccessibleName(table.title)
    return view


def number(value, decimals: int = 0, signed: bool = False) -> str:
    """A value as the chosen language writes it ("–" for none)."""
    if value is None:
        return "–"
    text = format_number(value, decimals)
    return "+" + text if signed and value > 0 else text
