"""Charts to turn towards the client: large, labelled, few lines (QtCharts).

- :func:`trend_chart` — one measure over time, its bands as shaded zones;
- :func:`change_chart` — baseline and follow-up side by side with the change;
- :func:`area_bars_chart` — 3X10D per area, baseline vs follow-up;
- :func:`situation_radar` — the situation picture, start / now / target.

Each returns a ``QChartView``; data come in as plain values (no store here).
"""
from __future__ import annotations

from datetime import date, datetime, time
from html import escape, unescape

from PySide6.QtCharts import (QAreaSeries, QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis,
                              QChart, QChartView, QDateTimeAxis, QHorizontalBarSeries, QLegend,
                              QLineSeries, QPolarChart, QValueAxis)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from tyokykytiimi.models.instruments import Change, definition
from tyokykytiimi.ui.measures.common import (fmt_date, lang, short_title,
                                             time_point_label, title)
from ... import clock

BASE_PT = 13
# Soft zone colours, worst → best, for 3 and 4 bands.
BAND_COLOURS = {3: ["#f4d6d2", "#fff3c4", "#d9eed5"],
                4: ["#f0c9c4", "#f8dcc0", "#fff3c4", "#d9eed5"]}
COLOURS = {"baseline": "#7a7a7a", "followup": "#1f5fa8", "start": "#9a9a9a",
           "now": "#1f5fa8", "target": "#2e8b57"}


def _font(scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont()  # the application's font: a larger system font makes charts larger too
    base = max(BASE_PT, f.pointSizeF() * 1.3) if f.pointSizeF() > 0 else BASE_PT
    f.setPointSizeF(base * scale)
    f.setBold(bold)
    return f


def _view(chart: QChart, min_height: int = 340, description: str = "") -> QChartView:
    chart.setTitleFont(_font(1.25, True))
    chart.legend().setFont(_font(0.95))
    chart.legend().setAlignment(Qt.AlignBottom)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setBackgroundRoundness(0)
    for axis in chart.axes():
        axis.setLabelsFont(_font(0.95))
        axis.setTitleFont(_font(0.95))
    view = QChartView(chart)
    # What a screen reader says: the title, and the numbers the chart shows.
    view.setAccessibleName(unescape(chart.title().replace("<br>", " – ")))
    view.setAccessibleDescription(description)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def _ticks(axis: QValueAxis, lo: int, hi: int) -> None:
    """Few enough ticks that large labels never collide (Qt elides them then)."""
    span = hi - lo
    if span <= 5:
        axis.setTickCount(span + 1)
    else:
        parts = next((k for k in (5, 4, 3, 7, 6) if span % k == 0), 5)
        axis.setTickCount(parts + 1)


def direction_text(ch: Change, instrument_id: str) -> str:
    if ch.delta is None:
        return QCoreApplication.translate("MeasureCharts", "change not known (answers missing)")
    sign = f"{ch.delta:+d}" if isinstance(ch.delta, int) else f"{ch.delta:+.1f}"
    if ch.delta == 0:
        sign = "0"  # "+0" reads as a small gain
    if instrument_id == "inclusion":  # THL: neutral numbers for one client
        return QCoreApplication.translate("MeasureCharts", "change %1").replace("%1", sign)
    if ch.direction == "same":
        return QCoreApplication.translate("MeasureCharts", "change %1: no clear change").replace("%1", sign)
    if ch.direction == "better":
        return QCoreApplication.translate("MeasureCharts", "change %1: better").replace("%1", sign)
    return QCoreApplication.translate("MeasureCharts", "change %1: weaker").replace("%1", sign)


def _msecs(d: date) -> float:
    return QDateTime(datetime.combine(d, time(12))).toMSecsSinceEpoch()


def trend_chart(instrument_id: str, points: list[tuple[date, int]]) -> QChartView:
    """``points`` = (answered_on, total), oldest first."""
    d = definition(instrument_id)
    chart = QChart()
    chart.setTitle(title(instrument_id))
    lo = d.total_min if d.total_min is not None else 0
    hi = d.total_max if d.total_max is not None else 10
    if points:
        first, last = points[0][0], points[-1][0]
    else:
        first = last = clock.today()
    x0, x1 = _msecs(first) - 15 * 86400e3, _msecs(last) + 15 * 86400e3
    for i, band in enumerate(d.bands):
        upper, lower = QLineSeries(), QLineSeries()
        top = band.max + 0.5 if band.max < hi else hi
        bottom = band.min - 0.5 if band.min > lo else lo
        for x in (x0, x1):
            upper.append(x, top)
            lower.append(x, bottom)
        area = QAreaSeries(upper, lower)
        upper.setParent(area)  # the area does not own its edges: keep them alive
        lower.setParent(area)
        area.setName(f"{band.label[lang()]} {band.min}–{band.max}")
        palette = BAND_COLOURS.get(len(d.bands), BAND_COLOURS[4])
        colour = palette[i % len(palette)] if d.better == "higher" else \
            palette[::-1][i % len(palette)]
        area.setColor(QColor(colour))
        area.setBorderColor(QColor(colour))
        chart.addSeries(area)
    cutoff = d.raw.get("screening_cutoff")
    if cutoff:  # staff see where screening starts (GAD-7 ≥ 10)
        edge = QLineSeries()
        edge.setName(QCoreApplication.translate("MeasureCharts", "Screening cut-off %1").replace(
            "%1", str(cutoff["min"])))
        for x in (x0, x1):
            edge.append(x, cutoff["min"])
        dashed = QPen(QColor("#8a1c1c"))
        dashed.setWidth(2)
        dashed.setStyle(Qt.DashLine)
        edge.setPen(dashed)
        chart.addSeries(edge)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("MeasureCharts", "Score"))
    for day, total in points:
        line.append(_msecs(day), total)
    pen = QPen(QColor(COLOURS["followup"]))
    pen.setWidth(4)
    line.setPen(pen)
    line.setPointsVisible(True)
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint")
    line.setPointLabelsFont(_font(1.1, True))
    chart.addSeries(line)
    x = QDateTimeAxis()
    x.setFormat("d.M.yyyy")
    x.setRange(QDateTime.fromMSecsSinceEpoch(int(x0)), QDateTime.fromMSecsSinceEpoch(int(x1)))
    x.setTickCount(min(max(len(points), 2), 6))
    y = QValueAxis()
    y.setRange(lo, hi)
    y.setLabelFormat("%d")
    _ticks(y, lo, hi)
    chart.addAxis(x, Qt.AlignBottom)
    chart.addAxis(y, Qt.AlignLeft)
    for s in chart.series():
        s.attachAxis(x)
        s.attachAxis(y)
    return _view(chart, description="; ".join(f"{fmt_date(day)}: {total}"
                                              for day, total in points))


def change_chart(instrument_id: str, before: int | None, after: int | None,
                 ch: Change) -> QChartView:
    """Two bars, baseline and follow-up, with the change in the title."""
    d = definition(instrument_id)
    chart = QChart()
    # The verdict on a line of its own: one line was elided (Qt cut it short) at the
    # chart's width. The title is rich text, hence the escaping.
    change, _, verdict = direction_text(ch, instrument_id).partition(": ")
    chart.setTitle(f"{escape(short_title(instrument_id))}: {escape(change)}"
                   + (f"<br>{escape(verdict)}" if verdict else ""))
    series = QBarSeries()
    for tp, value in (("baseline", before), ("followup", after)):
        s = QBarSet(time_point_label(tp))
        s.append(value if value is not None else 0)
        s.setColor(QColor(COLOURS[tp]))
        s.setLabelFont(_font(1.3, True))
        series.append(s)
    series.setLabelsVisible(True)
    # Outside the bar, in the axis text colour: readable on every palette and bar
    # colour (white inside a pale bar vanished).
    series.setLabelsPosition(QBarSeries.LabelsOutsideEnd)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([""])
    y = QValueAxis()
    lo, hi = d.total_min or 0, d.total_max or 10
    y.setRange(lo, hi)
    y.setLabelFormat("%d")
    _ticks(y, lo, hi)
    chart.addAxis(x, Qt.AlignBottom)
    chart.addAxis(y, Qt.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    for s in series.barSets():
        s.setLabelColor(y.labelsColor())
    if d.bands:
        chart.setToolTip(", ".join(f"{b.label[lang()]} {b.min}–{b.max}" for b in d.bands))
    values = "; ".join(f"{time_point_label(tp)}: {'–' if v is None else v}"
                       for tp, v in (("baseline", before), ("followup", after)))
    return _view(chart, 300, values)


def area_bars_chart(instrument_id: str, profiles: list[tuple[str, dict]]) -> QChartView:
    """Per-area horizontal bars; ``profiles`` = [(time_point or outline, {area: value})].

    A skipped area is a gap, never a zero bar, and its row says "no answer".
    The numbers stand in the row labels (axis text, readable on every palette)
    rather than on the bars, where white on a pale bar vanished.
    """
    d = definition(instrument_id)
    chart = QChart()
    chart.setTitle(title(instrument_id))
    series = QHorizontalBarSeries()
    names = [time_point_label(tp) if tp in ("baseline", "followup", "other") else tp
             for tp, _p in profiles]
    for (tp, profile), name in zip(profiles, names):
        s = QBarSet(name)
        for item in reversed(d.items):
            v = profile.get(item.id)
            s.append(v if v is not None else 0)  # zero length: nothing is drawn
        s.setColor(QColor(COLOURS.get(tp, "#1f5fa8")))
        series.append(s)
    series.setLabelsVisible(False)
    chart.addSeries(series)
    no_answer = QCoreApplication.translate("MeasureCharts", "no answer")
    cats = QBarCategoryAxis()
    rows = []
    for it in reversed(d.items):
        values = ["–" if p.get(it.id) is None else str(p.get(it.id)) for _tp, p in profiles]
        text = f"{it.number}. {it.label[lang()]}  " + " → ".join(values)
        if "–" in values:
            text += f"  ({no_answer})"
        rows.append(text)
    cats.append(rows)
    val = QValueAxis()
    val.setRange(0, max(max(it.values) for it in d.items))
    val.setLabelFormat("%d")
    val.setTickCount(max(it.values[-1] for it in d.items) + 1)
    chart.addAxis(cats, Qt.AlignLeft)
    chart.addAxis(val, Qt.AlignBottom)
    series.attachAxis(cats)
    series.attachAxis(val)
    return _view(chart, 520, _profiles_text(d, list(zip(names, (p for _tp, p in profiles)))))


def _profiles_text(d, profiles) -> str:
    return " / ".join(name + ": " + ", ".join(
        f"{it.label[lang()]} {'–' if p.get(it.id) is None else p.get(it.id)}" for it in d.items)
        for name, p in profiles)


def situation_radar(start: dict | None, now: dict | None, target: dict | None,
                    answered_on: date | None = None) -> QChartView:
    """The situation picture as three outlines on a 0–5 radar (QPolarChart)."""
    d = definition("situation")
    chart = QPolarChart()
    chart.setTitle(title("situation") + (f" {fmt_date(answered_on)}" if answered_on else ""))
    n = len(d.items)
    angular = QCategoryAxis()
    angular.setRange(0, n)
    angular.setLabelsPosition(QCategoryAxis.AxisLabelsPositionOnValue)
    for i, item in enumerate(d.items):
        angular.append(item.label[lang()], i)
    radial = QValueAxis()
    radial.setRange(0, 5)
    radial.setTickCount(6)
    radial.setLabelFormat("%d")
    chart.addAxis(angular, QPolarChart.PolarOrientationAngular)
    chart.addAxis(radial, QPolarChart.PolarOrientationRadial)
    outlines = {o["id"]: o["label"][lang()] for o in d.raw["outlines"]}
    for key, profile in (("start", start), ("now", now), ("target", target)):
        if not profile:
            continue
        s = QLineSeries()
        s.setName(outlines[key])
        values = [profile.get(it.id) for it in d.items]
        for i, v in enumerate(values + values[:1]):
            s.append(i, v if v is not None else 0)
        pen = QPen(QColor(COLOURS[key]))
        pen.setWidth(4 if key == "now" else 3)
        # Told apart by line style too, not by colour alone: start dotted, target dashed.
        if key == "target":
            pen.setStyle(Qt.DashLine)
        elif key == "start":
            pen.setStyle(Qt.DotLine)
        s.setPen(pen)
        s.setPointsVisible(True)
        chart.addSeries(s)
        s.attachAxis(angular)
        s.attachAxis(radial)
    chart.legend().setMarkerShape(QLegend.MarkerShapeFromSeries)  # the legend shows the styles
    return _view(chart, 560, _profiles_text(d, [
        (outlines[k], p) for k, p in (("start", start), ("now", now), ("target", target)) if p]))
