"""The team report as a PDF: tables and charts, small numbers hidden.

Everything printed comes from a :class:`tyokykytiimi.store.team_report.TeamReport`
(words already in the report's language). The paper leaves the team, so the
export rules of :func:`tyokykytiimi.store.team_report.suppressed_cells` apply
to every table *and* chart: a count 1–4 prints as "< 5", a complementary cell
or a mean over fewer than five answers as "×", and a hidden value draws no
bar (its label says why). Totals stay; see ``suppressed_cells`` for how a
second cell is hidden so that no hidden count follows from a total.

Charts are ReportLab graphics (no Qt); numbers and dates go through
:mod:`tyokykytiimi.formats` in the report's language.
"""
from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from tyokykytiimi.formats import format_date, format_number
from tyokykytiimi.reports.document import (CONTENT_WIDTH, MUTED, build_pdf, markup, para,
                                           styles, table)
from tyokykytiimi.reports.fonts import SANS, SANS_BOLD, register_fonts
from tyokykytiimi.reports.labels import C_, COMMON, Labels
from tyokykytiimi.store.settings import get_setting
from tyokykytiimi.store.team_report import (COMPLEMENT, SMALL, SMALL_BASE, Row, Table,
                                            TeamReport, suppressed_cells)

L = Labels({
    "period": C_("team report", "Period {start}–{end}"),
    "how": C_("team report", "How the figures are counted"),
    "marks": C_("team report", "Marks: \"< 5\" = 1–4; \"×\" = hidden so that a small number "
                               "cannot be worked out, or a mean of fewer than five answers; "
                               "\"–\" = no data."),
    "none": C_("team report", "Nothing in this period."),
    "chart_left_out": C_("team report", "Rows with hidden numbers are left out of the chart."),
    "share": C_("team report", "Share of clients (%)"),
}, parent=COMMON)

HIDDEN = {SMALL: "< 5", COMPLEMENT: "×", SMALL_BASE: "×"}
PALETTE = [colors.HexColor("#1f5fa8"), colors.HexColor("#2e8b57"),
           colors.HexColor("#c77c02"), colors.HexColor("#8a8a8a")]
STACK = [colors.HexColor("#2e8b57"), colors.HexColor("#b9b9b9"), colors.HexColor("#c0504d")]
# Which count columns each table's chart draws (the others are table-only).
CHART_COLUMNS = {
    "referrals": ["referred", "accepted", "guided_elsewhere"],
    "active_by_step": ["clients"],
    "closings": ["closings"],
    "network": ["count"],
    "sectors": ["attendances"],
    "followups": ["clients"],
    "feedback_items": ["mean"],
}


def cell_text(table: Table, row, col, marks: dict, lang: str) -> str:
    """One cell as an export prints it (the same rules for the PDF and its tests)."""
    value = row.values[table.col(col.id)]
    mark = marks.get((row.key, col.id))
    if col.kind == "label":
        return str(value)
    if mark:
        return HIDDEN[mark]
    if value is None:
        return "–"
    text = format_number(value, col.decimals, lang)
    if col.id == "mean_change" and value > 0:
        text = "+" + text
    return text


# --------------------------------------------------------------------------
# tables


def _cell_style(size: float, bold: bool = False, right: bool = False) -> ParagraphStyle:
    st = styles()
    return ParagraphStyle(f"Team{size}{bold}{right}", parent=st["TableCell"],
                          fontName=SANS_BOLD if bold else SANS, fontSize=size,
                          leading=round(size * 1.3, 1), alignment=TA_RIGHT if right else 0)


def _widths(t: Table, texts: list[list[str]], size: float) -> list[float] | None:
    """Number columns as wide as their longest word or value, the label column the
    rest; None when the columns do not fit the page at ``size``."""
    pad = 12
    widths: list[float | None] = []
    label_min = 0.0
    for i, c in enumerate(t.columns):
        if c.kind == "label":
            widths.append(None)
            words = [w for row in texts for w in row[i].split()] + c.label.split()
            label_min = max([label_min] + [stringWidth(w, SANS_BOLD, size) + pad
                                           for w in words])
            continue
        words = c.label.split() + [row[i] for row in texts]
        widths.append(max(stringWidth(w, SANS_BOLD, size) for w in words) + pad)
    labels = widths.count(None) or 1
    rest = (CONTENT_WIDTH - sum(w for w in widths if w)) / labels
    if rest < min(label_min, 160):
        return None
    return [w if w else rest for w in widths]


def _columns(t: Table, keep: list[int]) -> Table:
    """The same table with only the columns at ``keep``."""
    return Table(t.id, t.title, t.definition, [t.columns[i] for i in keep],
                 [Row(r.key, [r.values[i] for i in keep], r.total) for r in t.rows])


def _grid(t: Table, marks: dict, lang: str, sizes=(9.2, 8.4, 7.6), force: bool = False):
    """The table at the largest of ``sizes`` that fits; None if none fits
    (with ``force``: at the smallest size, columns sharing the width)."""
    texts = [[cell_text(t, r, c, marks, lang) for c in t.columns] for r in t.rows]
    widths = None
    for size in sizes:
        widths = _widths(t, texts, size)
        if widths:
            break
    if widths is None and not force:
        return None
    head = [para(c.label, _cell_style(size, True, c.kind != "label")) for c in t.columns]
    rows = [head]
    for r, line_texts in zip(t.rows, texts):
        rows.append([para(text, _cell_style(size, r.total, c.kind != "label"))
                     for c, text in zip(t.columns, line_texts)])
    return table(rows, col_widths=widths)


def _pdf_tables(t: Table, marks: dict, lang: str) -> list:
    """The table, or when it is too wide for the page at a readable size, two
    tables that both keep its label column and its first count column."""
    whole = _grid(t, marks, lang)
    if whole is not None:
        return [whole]
    fixed = [0, 1]
    rest = list(range(2, len(t.columns)))
    half = (len(rest) + 1) // 2
    out = []
    for part in (rest[:half], rest[half:]):
        sub = _columns(t, fixed + part)
        out.append(_grid(sub, marks, lang, sizes=(9.2, 8.4, 7.6, 7.0), force=True))
    return out


# --------------------------------------------------------------------------
# charts


def _fit(text: str, width: float, size: float) -> str:
    """The label on as many lines as it needs within ``width``: never cut with "…"."""
    width += 0.5  # a label measured to set the width must fit it despite rounding
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, SANS, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "\n".join(lines)


def _label_lines(labels, width: float, size: float) -> int:
    return max((_fit(c, width, size).count("\n") + 1 for c in labels), default=1)


def _hbars(categories: list[str], series: list[tuple[str, list, list[str]]], lang: str,
           value_max: float | None = None, value_min: float = 0,
           colours=PALETTE) -> Drawing:
    """Horizontal bars, one group per category (top to bottom as given).

    ``series`` = [(name, values, labels)]; a value of None draws no bar, its
    label (e.g. "< 5") still shows.
    """
    size = 8.5
    label_w = min(max(stringWidth(c, SANS, size) for c in categories) + 8,
                  CONTENT_WIDTH * 0.42)
    bar = 9 if len(series) > 1 else 11
    # A wrapped label needs its lines' height: the group grows, the bars stay.
    lines = _label_lines(categories, label_w - 8, size)
    group = max(bar * len(series) + 6, lines * size * 1.2 + 4)
    legend_h = 16 if len(series) > 1 else 0
    height = group * len(categories) + 28 + legend_h
    d = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 18 + legend_h
    chart.width, chart.height = CONTENT_WIDTH - label_w - 30, group * len(categories)
    # ReportLab draws the first category, and in a group the first series, at
    # the bottom: reverse both to read top-down in the order given.
    drawn = list(reversed(series))
    chart.data = [[(v if v is not None else 0) for v in reversed(vals)]
                  for _n, vals, _l in drawn]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [list(reversed(labels)) for _n, _v, labels in drawn]
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = size
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barWidth = bar
    chart.groupSpacing = group - bar * len(series)
    chart.barSpacing = 0
    chart.categoryAxis.categoryNames = [_fit(c, label_w - 8, size) for c in reversed(categories)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = size - 0.5
    chart.valueAxis.valueMin = value_min
    top = max([v for _n, vals, _l in series for v in vals if v is not None] + [1])
    chart.valueAxis.valueMax = value_max if value_max is not None else top * 1.12
    chart.valueAxis.labelTextFormat = lambda v: format_number(v, 0, lang)
    if value_max is None:
        chart.valueAxis.valueStep = _step(top)
    for i in range(len(series)):
        chart.bars[len(series) - 1 - i].fillColor = colours[i % len(colours)]
        chart.bars[len(series) - 1 - i].strokeColor = None
    d.add(chart)
    if len(series) > 1:
        x = label_w
        for i, (name, _v, _l) in enumerate(series):
            d.add(Rect(x, 2, 8, 8, fillColor=colours[i % len(colours)], strokeColor=None))
            d.add(String(x + 11, 3, name, fontName=SANS, fontSize=size))
            x += stringWidth(name, SANS, size) + 28
    return d


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def _chart(t: Table, marks: dict, lang: str):
    """The table's chart with the export's hiding applied, or None."""
    body = [r for r in t.rows if not r.total]
    if t.id == "prom_change":
        return _prom_chart(t, marks, lang)
    columns = CHART_COLUMNS.get(t.id)
    if not columns or not body:
        return None
    series = []
    for cid in columns:
        col = t.columns[t.col(cid)]
        vals, labels = [], []
        for r in body:
            v = r.values[t.col(cid)]
            hidden = (r.key, cid) in marks
            vals.append(None if hidden or v is None else v)
            blank = not hidden and not v  # no data, or a zero the table shows
            labels.append("" if blank else cell_text(t, r, col, marks, lang))
        series.append((col.label, vals, labels))
    if all(v is None or v == 0 for _n, vals, _l in series for v in vals):
        return None
    if t.id == "feedback_items":
        return _hbars([r.values[0] for r in body], series, lang, value_max=5)
    return _hbars([r.values[0] for r in body], series, lang)


def _prom_chart(t: Table, marks: dict, lang: str):
    """Improved / same / weaker as shares of the clients, one bar per measure."""
    keep, left_out = [], False
    for r in t.rows:
        n = r.values[t.col("clients")]
        if not n:
            continue
        if any((r.key, c) in marks for c in ("clients", "improved", "same", "worse")):
            left_out = True
            continue
        keep.append(r)
    if not keep:
        return Paragraph(markup(L.get("chart_left_out", lang)), styles()["Small"]) \
            if left_out else None
    size = 8.5
    cats = [r.values[0] for r in keep]
    label_w = min(max(stringWidth(c, SANS, size) for c in cats) + 8, CONTENT_WIDTH * 0.42)
    bar = 12
    step = max(bar + 6, _label_lines(cats, label_w - 8, size) * size * 1.2 + 4)
    height = step * len(keep) + 54
    d = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 30
    chart.width, chart.height = CONTENT_WIDTH - label_w - 10, step * len(keep)
    chart.categoryAxis.style = "stacked"
    shares = []
    for cid in ("improved", "same", "worse"):
        shares.append([100 * r.values[t.col(cid)] / r.values[t.col("clients")]
                       for r in reversed(keep)])
    chart.data = shares
    chart.barWidth = bar
    chart.groupSpacing = step - bar
    chart.categoryAxis.categoryNames = [_fit(c, label_w - 8, size) for c in reversed(cats)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = size - 0.5
    for i, colour in enumerate(STACK):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    d.add(chart)
    d.add(String(label_w, height - 9, L.get("share", lang), fontName=SANS,
                 fontSize=size - 0.5, fillColor=MUTED))
    x = label_w
    for i, cid in enumerate(("improved", "same", "worse")):
        name = t.columns[t.col(cid)].label
        d.add(Rect(x, 2, 8, 8, fillColor=STACK[i], strokeColor=None))
        d.add(String(x + 11, 3, name, fontName=SANS, fontSize=size))
        x += stringWidth(name, SANS, size) + 28
    if left_out:
        return [d, Paragraph(markup(L.get("chart_left_out", lang)), styles()["Small"])]
    return d


# --------------------------------------------------------------------------
# the document


def build_story(report: TeamReport) -> list:
    register_fonts()
    lang = report.lang
    st = styles()
    story = [para(L.get("how", lang), st["H2"])]
    for rule in report.rules():
        story.append(para(rule, st["Small"]))
    story.append(para(L.get("marks", lang), st["Small"]))
    for t in report.tables:
        marks = suppressed_cells(t)
        block = [para(t.title, st["H1"]), para(t.definition, st["Small"])]
        if not t.rows:
            story.append(KeepTogether(block + [para(L.get("none", lang), st["Body"])]))
            continue
        chart = _chart(t, marks, lang)
        if chart is not None:
            block += chart if isinstance(chart, list) else [chart]
            block.append(Spacer(1, 4))
        grids = _pdf_tables(t, marks, lang)
        if chart is None and grids:
            # No chart between them: the heading stays with its table (a short one
            # whole, a long one with its first rows).
            if len(t.rows) <= 12:
                story.append(KeepTogether(block + [grids[0]]))
            else:
                block[-1].keepWithNext = 1
                story += block + [grids[0]]
            grids = grids[1:]
        else:
            story.append(KeepTogether(block))
        # A short table moves whole rather than leave a row or two on the next page.
        for grid in grids:
            story.append(KeepTogether([grid]) if len(t.rows) <= 12 else grid)
    return story


def write_team_report_pdf(store, report: TeamReport, target, *,
                          printed: dt.date | None = None) -> None:
    """Write ``report`` as a PDF to ``target``; audited as an export (no names in it)."""
    lang = report.lang
    with store.session() as s:
        team = get_setting(s, "team_name")
    subtitle = L.get("period", lang, start=format_date(report.start, lang),
                     end=format_date(report.end, lang))
    build_pdf(target, build_story(report), title=report.title, team_name=team, lang=lang,
              subtitle=subtitle, printed=printed)
    with store.session() as s:
        store.audit(s, "export", target="team_report", format="pdf",
                    start=report.start.isoformat(), end=report.end.isoformat())
