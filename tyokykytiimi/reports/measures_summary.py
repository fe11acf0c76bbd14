"""The client's measures summary: values and charts over time, printable for the client.

Charts are ReportLab graphics (no Qt). The inclusion indicator is shown as
neutral numbers (THL: not for judging an individual). Safety flags are the
team's business and are not printed here.
"""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from tyokykytiimi import formats, language
from tyokykytiimi.i18n import N_, Message, _, ngettext
from tyokykytiimi.models.clients import Client
from tyokykytiimi.models.instruments import change, definition, prom_set
from tyokykytiimi.reports.document import CONTENT_WIDTH, build_pdf, format_date, styles, table
from tyokykytiimi.reports.fonts import SANS, SANS_BOLD
from tyokykytiimi.reports.labels import C_, Labels, normalize_lang
from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.errors import InvalidInput
from tyokykytiimi.store.settings import get_setting

L = Labels({
    "title": C_("measures summary", "Summary of measures"),

    "for": C_("measures summary", "Client: {name}"),
    "intro": C_("measures summary", "Here are your answers to the measures and how they changed "
                                    "over time."),
    "date": C_("measures summary", "Date"),
    "time_point": C_("measures summary", "Time point"),
    "result": C_("measures summary", "Result"),
    "baseline": C_("measures summary", "Baseline"),
    "followup": C_("measures summary", "6-month follow-up"),
    "other": C_("measures summary", "Other"),
    "incomplete": C_("measures summary", "incomplete ({n} unanswered)"),
    "mean": C_("measures summary", "mean {m}"),
    "change_better": C_("measures summary", "Change from baseline to follow-up: {d} (better)"),
    "change_worse": C_("measures summary", "Change from baseline to follow-up: {d} (weaker)"),
    "change_same": C_("measures summary", "Change from baseline to follow-up: {d} (no clear "
                                          "change)"),
    "change_neutral": C_("measures summary", "Change from baseline to follow-up: {d}"),
    "none": C_("measures summary", "No measures yet."),
    "areas": C_("measures summary", "Area by area (0–10, higher is better)"),
    "situation_note": C_("measures summary", "Scale 0–5. Lines: start, now and target."),
})

GREY, BLUE, GREEN = colors.HexColor("#8a8a8a"), colors.HexColor("#1f5fa8"), \
    colors.HexColor("#2e8b57")


def _fmt(x: float, lang: str) -> str:
    return formats.format_number(x, 1, lang)


def _result(row, lang: str) -> str:
    d = definition(row.instrument_id, row.instrument_version)
    if not d.has_total:
        return " · ".join("–" if v is None else str(v) for v in row.answer_values())
    if row.total is None:
        n = sum(v is None for v in row.answer_values())
        return L.get("incomplete", lang, n=n)
    text = str(row.total)
    if d.show_mean:
        text += " (" + L.get("mean", lang, m=_fmt(row.total / len(d.items), lang)) + ")"
    band = d.band_for(row.total)
    if band and row.instrument_id != "inclusion":
        text += " – " + d.band_text(band, lang)
    return text


def _totals_chart(inst: str, rows, lang: str, h: float = 170,
                  w: float = CONTENT_WIDTH) -> Drawing:
    d = definition(inst)
    drawing = Drawing(w, h)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, w - 60, h - 45
    chart.data = [[r.total for r in rows]]
    chart.valueAxis.valueMin = d.total_min or 0
    chart.valueAxis.valueMax = d.total_max or 10
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 11
    chart.categoryAxis.categoryNames = [
        f"{format_date(r.answered_on, lang)}\n{L.get(r.time_point, lang)}" for r in rows]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 10
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = 14
    chart.barLabels.nudge = 9
    chart.bars[0].fillColor = BLUE
    chart.barWidth = 20
    for i, r in enumerate(rows):
        chart.bars[(0, i)].fillColor = GREY if r.time_point == "baseline" else BLUE
    drawing.add(chart)
    return drawing


def _areas_chart(profiles, lang: str, row: float = 34) -> Drawing:
    d = definition("3x10d")
    w, h = CONTENT_WIDTH, 60 + row * len(d.items)
    drawing = Drawing(w, h)
    chart = HorizontalBarChart()
    items = list(reversed(d.items))
    # The bars start after the widest label: no label runs into the margin.
    names = [f"{it.number}. {it.label[lang]}" for it in items]
    label_w = max(stringWidth(n, SANS, 11) for n in names) + 8
    left = min(label_w, w * 0.5)
    chart.x, chart.y, chart.width, chart.height = left, 45, w - left - 20, h - 55
    chart.data = [[p.get(it.id) or 0 for it in items] for _tp, p in profiles]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 11
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 10, 1
    chart.valueAxis.labels.fontName = SANS
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = 10
    chart.barLabels.nudge = 7
    for i, (tp, _p) in enumerate(profiles):
        chart.bars[i].fillColor = GREY if tp == "baseline" else BLUE
    drawing.add(chart)
    x = left
    for tp, _p in profiles:
        colour = GREY if tp == "baseline" else BLUE
        drawing.add(String(x, 5, "■ " + L.get(tp, lang), fontName=SANS_BOLD, fontSize=11,
                           fillColor=colour))
        x += 140
    return drawing


def _radar(pic, lang: str) -> Drawing:
    d = definition("situation")
    w, h = CONTENT_WIDTH, 330
    drawing = Drawing(w, h)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 150, 40, w - 300, h - 70
    outlines = [("start", pic.start, GREY), ("now", pic.now, BLUE), ("target", pic.target, GREEN)]
    chart.data = [[s.profile.get(it.id) or 0 for it in d.items] for _k, s, _c in outlines]
    chart.labels = [it.label[lang] for it in d.items]
    chart.strandLabels.fontName = SANS
    chart.spokeLabels.fontName = SANS
    chart.spokeLabels.fontSize = 10
    for i, (_k, _s, colour) in enumerate(outlines):
        chart.strands[i].strokeColor = colour
        chart.strands[i].fillColor = None
        chart.strands[i].strokeWidth = 2.5
    chart.strands[2].strokeDashArray = (4, 3)
    drawing.add(chart)
    names = {o["id"]: o["label"][lang] for o in d.raw["outlines"]}
    x = 110
    for key, _s, colour in outlines:
        drawing.add(String(x, 5, "— " + names[key], fontName=SANS_BOLD, fontSize=11,
                           fillColor=colour))
        x += 130
    return drawing


# What each follow-up measure means, in the client's own voice (the client's copy).
EXPLAIN = {
    "was": N_("My work ability on a scale from 0 to 10. 0 means I cannot work at all. 10 means "
              "my work ability at its best. A higher number is better."),
    "inclusion": N_("How included I feel: in my daily life, with other people and in society. "
                    "The numbers show my own change. They are not for comparing me with others."),
    "3x10d": N_("How I see ten areas of my life, each from 0 to 10. A higher number is better."),
}


def signed(n: int) -> str:
    """+2, 0, −1 with a true minus sign (U+2212), never a hyphen."""
    return f"+{n}" if n > 0 else ("0" if n == 0 else f"\u2212{-n}")


def _story(rows, lang: str, large_type: bool, audience: str, compact: bool = False) -> list:
    st = styles(large_type, compact=compact)
    scale = 0.75 if compact else 1.0
    client = audience == "client"
    intro = _("These are my answers to the follow-up measures and how they have changed.",
              lang=lang) if client else \
        _("Every measure the client filled in and how it changed over time.", lang=lang)
    story = [Paragraph(escape(intro), st["Body"])]
    by: dict[str, list] = {}
    for r in rows:
        by.setdefault(r.instrument_id, []).append(r)
    order = list(prom_set()) + ([] if client else ["audit", "gad7", "bdi", "bdi2"])
    for inst in order:
        if inst not in by:
            continue
        d = definition(inst)
        rs = by[inst]
        block = [Paragraph(escape(d.title[lang]), st["H1"])]
        if client and inst in EXPLAIN:
            block.append(Paragraph(escape(_(EXPLAIN[inst], lang=lang)), st["Body"]))
        result = (lambda r: _client_result(r, lang)) if client else (lambda r: _result(r, lang))
        rows_ = [[L.get("date", lang), L.get("time_point", lang), L.get("result", lang)]] + [
            [format_date(r.answered_on, lang), L.get(r.time_point, lang), result(r)] for r in rs]
        base = [r for r in rs if r.time_point == "baseline"]
        follow = [r for r in rs if r.time_point == "followup"]
        with_total = [r for r in rs if r.total is not None] if d.has_total else []
        if with_total:
            # Table and chart side by side: the paper on as few pages as fit.
            half = CONTENT_WIDTH * 0.5
            block.append(_side_by_side(
                table(rows_, col_widths=[0.34, 0.36, 0.3], large_type=large_type,
                      width=half - 4 * mm),
                _totals_chart(inst, with_total, lang, h=118 * scale, w=half)))
            block.append(_alt_text(chart_alt(d, with_total, lang), st))
        else:
            block.append(table(rows_, col_widths=[0.22, 0.28, 0.5], large_type=large_type))
        if d.has_total:
            if base and follow:
                ch = change(inst, ops.score_row(base[-1]), ops.score_row(follow[-1]))
                if ch.delta is not None:
                    # Inclusion: neutral numbers only (THL), no better/worse verdict.
                    key = "change_neutral" if inst == "inclusion" else f"change_{ch.direction}"
                    block.append(Paragraph(escape(L.get(key, lang, d=signed(ch.delta))),
                                           st["Body"]))
        else:
            picked = {}
            for r in (base[-1:] + follow[-1:]) or rs[-1:]:
                picked[r.time_point] = ops.score_row(r).profile
            block.append(Paragraph(escape(L.get("areas", lang)), st["Small"]))
            block.append(_areas_chart(list(picked.items()), lang, row=24 * scale))
            block.append(_alt_text(areas_alt(list(picked.items()), lang), st))
        story += [KeepTogether(block), Spacer(1, 6)]
    if "situation" in by and not client:
        r = by["situation"][-1]
        story += [Paragraph(escape(definition("situation").title[lang] + " "
                                   + format_date(r.answered_on, lang)), st["H1"]),
                  Paragraph(escape(L.get("situation_note", lang)), st["Small"]),
                  _radar(ops.score_row(r), lang)]
    if not any(inst in by for inst in order):
        story.append(Paragraph(escape(L.get("none", lang)), st["Body"]))
    return story


def _client_result(row, lang: str) -> str:
    """The number only: no bands or item lists on the client's copy."""
    d = definition(row.instrument_id, row.instrument_version)
    if not d.has_total:
        n = sum(v is not None for v in row.answer_values())
        return ngettext("{n} area answered", "{n} areas answered", n, lang=lang).format(n=n)
    if row.total is None:
        return L.get("incomplete", lang, n=sum(v is None for v in row.answer_values()))
    return str(row.total)


def chart_alt(d, rows, lang: str) -> str:
    """The chart in words (its alternative text, printed under it)."""
    points = "; ".join(f"{format_date(r.answered_on, lang)} {L.get(r.time_point, lang)}: "
                       f"{r.total}" for r in rows)
    return _("Chart: {title}, {points}.", lang=lang).format(title=d.title[lang], points=points)


def areas_alt(profiles, lang: str) -> str:
    d = definition("3x10d")
    parts = []
    for tp, profile in profiles:
        values = ", ".join(
            f"{it.label[lang]} {'–' if profile.get(it.id) is None else profile.get(it.id)}"
            for it in d.items)
        parts.append(f"{L.get(tp, lang)}: {values}")
    return _("Chart: {title}, {points}.", lang=lang).format(title=d.title[lang],
                                                            points="; ".join(parts))


def _side_by_side(left, right) -> Table:
    t = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5],
              hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _alt_text(text: str, st) -> Paragraph:
    # ReportLab writes no tagged PDF, so a screen reader cannot reach a figure's
    # /Alt; the same words are printed small under the chart instead.
    return Paragraph(escape(text), st["Small"])


def _write(store, client_id: str, target, *, lang: str | None, large_type: bool,
           printed: dt.date | None, audience: str) -> None:
    with store.session() as s:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise InvalidInput(Message("The client was not found."))
        team = get_setting(s, "team_name")
    if lang is None:
        lang = client.language if audience == "client" else language.current()
    lang = normalize_lang(lang)
    rows = ops.list_answer_sets(store, client_id)
    title = L.get("title", lang) if audience == "client" else \
        _("Summary of measures (team record)", lang=lang)
    build_pdf(target, lambda compact: _story(rows, lang, large_type, audience, compact),
              title=title, team_name=team,
              lang=lang, large_type=large_type, subtitle=L.get("for", lang,
                                                                name=client.full_name),
              printed=printed)
    with store.session() as s:
        store.audit(s, "print", client_id=client_id, target="measures_summary",
                    document=audience, lang=lang)


def build_measures_summary(store, client_id: str, target, *, lang: str | None = None,
                           large_type: bool = True, printed: dt.date | None = None) -> None:
    """The client's copy: the follow-up (PROM) measures only, explained, in the first person.

    In the client's recorded language unless ``lang`` is given; audited as a print.
    """
    _write(store, client_id, target, lang=lang, large_type=large_type, printed=printed,
           audience="client")


def build_team_measures_summary(store, client_id: str, target, *, lang: str | None = None,
                                printed: dt.date | None = None) -> None:
    """The team's record: every instrument with its bands and items, in normal type."""
    _write(store, client_id, target, lang=lang, large_type=False, printed=printed,
           audience="team")
