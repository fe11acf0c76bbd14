"""The common frame of every PDF the team prints.

Every document (consent form, invitation list, shared plan, the client's own
plan, measure summaries, team report, recovery-key sheet) is a ReportLab
*story* (a list of flowables) handed to :func:`build_pdf`, which adds the same
page furniture everywhere:

- header: the team's logo (if one is set) and name on the left, the
  document's title on the right;
- footer: the confidentiality marking (or another marking), the print date
  (d.m.yyyy) and the page number as "1 / 3";
- A4, DejaVu fonts embedded, PDF metadata with the title and the team's name
  (never a client's name unless a caller deliberately puts it in the title).

The file is written atomically: the PDF is built in memory, written to a
temporary file in the target's own directory and moved over the target with
``os.replace``; a failed export leaves neither half a PDF nor a stray file.

No Qt here: this runs from the GUI, the command line and the tests alike.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape as _escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tyokykytiimi import formats
from tyokykytiimi.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from tyokykytiimi.reports.labels import COMMON, normalize_lang
from .. import clock

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the header
MARGIN_BOTTOM = 22 * mm  # room for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

TEXT = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#ececec")

PDF_CREATOR = "Työkykytiimi"
# A last page filled less than this is an orphan page worth a tighter layout.
ORPHAN_PAGE_SHARE = 0.25


def _pdf_lang_tag(code: str) -> str:
    """The document language (/Lang): Finnish and Swedish as written in Finland."""
    return code if code == "en" else f"{code}-FI"


Target = str | os.PathLike[str] | BinaryIO

# The team's letterhead logo (PNG or JPEG bytes) for every PDF's header. The
# UI sets it at sign-in and when the settings change (store.settings.letterhead),
# so callers of build_pdf need not pass it; a caller may still pass ``logo``.
_letterhead_logo: bytes | None = None
LOGO_HEIGHT = 8 * mm
LOGO_MAX_WIDTH = 40 * mm


def set_letterhead_logo(logo: bytes | None) -> None:
    global _letterhead_logo
    _letterhead_logo = logo or None


def letterhead_logo() -> bytes | None:
    return _letterhead_logo


def _logo_reader(logo: bytes | None) -> tuple[ImageReader, float, float] | None:
    """The logo scaled to the header's height, or None (a bad picture never stops a PDF)."""
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 (any unreadable picture: print without it)
        return None
    if not w or not h:
        return None
    width = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * w / h)
    return reader, width, width * h / w


# --------------------------------------------------------------------------
# dates


def format_date(day: dt.date, lang: str = "fi") -> str:
    """A printed date in the document's language (fi/sv: 5.3.2025); see tyokykytiimi.formats."""
    return formats.format_date(day, lang)


# --------------------------------------------------------------------------
# styles


# Easy-to-read papers (Selkokeskus): lines of at most about 60 characters.
EASY_LINE_CHARS = 60
_EASY_SAMPLES = ("Tapaamme seuraavan kerran. Silloin katsomme yhdessä, miten olen edennyt.",
                 "Vi träffas nästa gång. Då ser vi tillsammans hur det har gått för mig.",
                 "I try out work at a real workplace. I get support while I am there.")


def easy_measure(size: float) -> float:
    """The width of a line of about EASY_LINE_CHARS characters of body text.

    Measured on the narrowest of the three languages, so no language's lines
    run longer than about 60 characters.
    """
    register_fonts()
    per_char = min(stringWidth(t, SANS, size) / len(t) for t in _EASY_SAMPLES)
    return per_char * EASY_LINE_CHARS


def styles(large_type: bool = False, *, compact: bool = False,
           easy: bool = False) -> StyleSheet1:
    """A small stylesheet in DejaVu Sans.

    Names: Title, Subtitle, H1, H2, Body, Small, TableCell, TableHeader, Mono.
    ``large_type`` is for the papers handed to the client: body 14 pt with
    generous leading, everything else scaled with it.

    The same sheet is returned for the same arguments (every table and
    document asks for it): read it, ``clone`` a style to change it.
    """
    register_fonts()
    return _styles(large_type, compact, easy)


@lru_cache(maxsize=None)
def _styles(large_type: bool, compact: bool, easy: bool) -> StyleSheet1:
    body = 14.0 if large_type else 10.0
    lead = (1.32 if compact else 1.45) if large_type else 1.4
    gap = 0.65 if compact else 1.0  # space between blocks; tighter to avoid an orphan page
    # ``easy``: the client's plain-language papers keep lines to about 60 characters.
    indent = max(0.0, CONTENT_WIDTH - easy_measure(body)) if easy else 0.0
    sheet = StyleSheet1()

    def add(name: str, size: float, **kw) -> None:
        kw.setdefault("fontName", SANS)
        kw.setdefault("leading", round(size * lead, 1))
        kw.setdefault("textColor", TEXT)
        kw.setdefault("alignment", TA_LEFT)
        # A date, a time, a number or an address is never cut in two: columns
        # are sized for their longest token (table()) and an e-mail address
        # breaks only after "@" or a dot (TokenParagraph).
        kw.setdefault("splitLongWords", 0)
        kw.setdefault("rightIndent", indent)
        for space in ("spaceBefore", "spaceAfter"):
            if space in kw:
                kw[space] = kw[space] * gap
        sheet.add(ParagraphStyle(name, fontSize=size, **kw))

    add(
        "Title",
        body * 1.8,
        fontName=SANS_BOLD,
        leading=round(body * 1.8 * 1.25, 1),
        spaceAfter=body * 0.4,
    )
    add("Subtitle", body * 1.15, textColor=MUTED, spaceAfter=body * 1.2)
    add(
        "H1",
        body * 1.35,
        fontName=SANS_BOLD,
        leading=round(body * 1.35 * 1.3, 1),
        spaceBefore=body * 1.2,
        spaceAfter=body * 0.5,
        keepWithNext=1,
    )
    add(
        "H2",
        body * 1.1,
        fontName=SANS_BOLD,
        leading=round(body * 1.1 * 1.35, 1),
        spaceBefore=body * 0.9,
        spaceAfter=body * 0.3,
        keepWithNext=1,
    )
    add("Body", body, spaceAfter=body * 0.6)
    add("Small", body * 0.82, textColor=MUTED, spaceAfter=body * 0.3)
    add("TableCell", body * 0.92, leading=round(body * 0.92 * 1.3, 1), rightIndent=0)
    add(
        "TableHeader",
        body * 0.92,
        fontName=SANS_BOLD,
        leading=round(body * 0.92 * 1.3, 1),
        rightIndent=0,
    )
    add("Mono", body, fontName=MONO)
    return sheet


# --------------------------------------------------------------------------
# text and markup


class Markup(str):
    """A string that already is ReportLab Paragraph markup (``<b>``, ``<br/>``).

    The helpers below treat every plain ``str`` as text: ``&``, ``<`` and ``>``
    are escaped and line breaks kept, so a client's "Mäki & Co" or a note
    with "<3" can never break a document. Wrap deliberate markup in Markup.
    """


def markup(text: object) -> str:
    """Paragraph markup for ``text``: Markup as is, anything else escaped."""
    if isinstance(text, Markup):
        return str(text)
    return _escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TAG = re.compile(r"<[^>]+>")
_BREAK_AFTER = re.compile(r"(?<=[@.])")


def email_pieces(address: str) -> list[str]:
    """The parts an e-mail address may be broken into: after "@" and after each dot."""
    return [p for p in _BREAK_AFTER.split(address) if p]


def _fit_email(address: str, width: float, font: str, size: float) -> str:
    """``address`` with line breaks only after "@" or a dot, each line within ``width``."""
    lines, line = [], ""
    for piece in email_pieces(address):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "<br/>".join(lines)


class TokenParagraph(Paragraph):
    """A Paragraph that breaks an e-mail address too long for its width only at "@" or a dot.

    ReportLab would otherwise cut the word anywhere ("hyvinvoi|nti.example") or
    let it run over the column; dates, times and numbers are never cut
    (``splitLongWords`` is off in every style and columns fit their tokens).
    """

    def __init__(self, text: str, style: ParagraphStyle, *args, **kwargs) -> None:
        # A split-off part of a paragraph is built from fragments, without text.
        self._source = text if isinstance(text, str) else ""
        self._fitted_for: float | None = None
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        width = availWidth - self.style.leftIndent - self.style.rightIndent
        if width != self._fitted_for and "@" in self._source:
            self._fitted_for = width
            font, size = self.style.fontName, self.style.fontSize

            def fit(m: re.Match) -> str:
                address = m.group(0)
                if stringWidth(address, font, size) <= width:
                    return address
                return _fit_email(address, width, font, size)

            text = _EMAIL.sub(fit, self._source)
            if text != self.text:
                Paragraph.__init__(self, text, self.style)
        return super().wrap(availWidth, availHeight)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (or Markup) in ``style``."""
    return TokenParagraph(markup(text), style)


def longest_token(text: str, font: str, size: float) -> float:
    """The width of the widest piece of ``text`` that is never broken (e-mail: its parts)."""
    widest = 0.0
    for word in _TAG.sub(" ", text.replace("&nbsp;", "\u00a0")).split():
        word = word.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        parts = email_pieces(word) if _EMAIL.fullmatch(word.strip(",;:()")) else [word]
        for part in parts:
            widest = max(widest, stringWidth(part, font, size))
    return widest


# --------------------------------------------------------------------------
# building blocks


def _cell(value, style: ParagraphStyle):
    if value is None:
        return para("", style)
    if isinstance(value, Flowable):
        return value
    if isinstance(value, (list, tuple)):  # several flowables in one cell
        return list(value)
    return para(value, style)


def _widths(col_widths: Sequence[float] | None, ncols: int, total: float):
    if not col_widths:
        return [total / ncols] * ncols
    if len(col_widths) != ncols:
        raise ValueError(f"{len(col_widths)} column widths for {ncols} columns")
    if all(w <= 1 for w in col_widths):  # fractions of the available width
        return [total * w for w in col_widths]
    return list(col_widths)


def fit_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Widen columns narrower than their longest token, taking room from those with slack.

    ``needs`` is each column's minimum (widest unbreakable token plus padding).
    The total stays the same; when every column is at its minimum already, the
    given widths are kept as they are.
    """
    widths = list(widths)
    deficit = sum(max(0.0, n - w) for w, n in zip(widths, needs))
    if deficit <= 0:
        return widths
    slack = [max(0.0, w - n) for w, n in zip(widths, needs)]
    room = sum(slack)
    if room <= 0:
        return widths
    take = min(1.0, deficit / room)
    out = []
    for w, n, sl in zip(widths, needs, slack):
        out.append(max(w, n) if n > w else w - sl * take)
    # Where the room did not cover everything, the needy columns share what there is.
    if take == 1.0 and deficit > room:
        short = deficit - room
        needy = [i for i, (w, n) in enumerate(zip(widths, needs)) if n > w]
        for i in needy:
            out[i] -= short / len(needy)
    return out


def _cell_need(value, style: ParagraphStyle, pad: float) -> float:
    if isinstance(value, str):
        return longest_token(markup(value), style.fontName, style.fontSize) + 2 * pad + 1
    return 0.0


def table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float] | None = None,
    header: bool = True,
    *,
    large_type: bool = False,
    width: float = CONTENT_WIDTH,
) -> Table:
    """A plain ruled table whose text cells wrap.

    ``rows`` hold plain strings (escaped; use :class:`Markup` for bold etc.),
    flowables, lists of flowables or None. ``col_widths`` are points,
    or fractions of ``width`` when every value is at most 1; by default the
    columns share the width equally. With ``header`` the first row is bold on
    a light grey band and repeats on every page the table runs onto.
    """
    if not rows:
        raise ValueError("a table needs at least one row")
    st = styles(large_type)
    ncols = max(len(r) for r in rows)
    data = []
    for i, row in enumerate(rows):
        style = st["TableHeader"] if header and i == 0 else st["TableCell"]
        cells = [_cell(v, style) for v in row]
        cells += [Paragraph("", style)] * (ncols - len(cells))
        data.append(cells)
    pad = 5 if large_type else 4
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Table sets Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, MUTED),
        ]
    needs = [0.0] * ncols
    for i, row in enumerate(rows):
        style = st["TableHeader"] if header and i == 0 else st["TableCell"]
        for c, v in enumerate(row):
            needs[c] = max(needs[c], _cell_need(v, style, pad + 1))
    t = Table(
        data,
        colWidths=fit_widths(_widths(col_widths, ncols, width), needs),
        repeatRows=1 if header and len(data) > 1 else 0,
        hAlign="LEFT",
        splitByRow=1,
    )
    t.setStyle(TableStyle(commands))
    t.spaceBefore = st["Body"].fontSize * 0.3
    t.spaceAfter = st["Body"].fontSize * 1.0
    return t


def signature_lines(
    labels: Sequence[str],
    *,
    columns: int = 2,
    large_type: bool = False,
    width: float = CONTENT_WIDTH,
    space_above: float | None = None,
    keep: bool = True,
) -> Flowable:
    """Blank lines to sign on, each with its caption underneath.

    ``labels`` are the captions (plain text or Markup), already in the
    document's language, e.g.
    ``[label("place_and_date", lang), label("signature", lang),
    "", label("name_clarification", lang)]``; an empty caption leaves its
    place empty (no line). They fill ``columns`` columns row by row. The
    block is kept on one page; to keep it on the same page as the text being
    signed, wrap both: ``KeepTogether([statement, signature_lines(...)])``.
    """
    st = styles(large_type)
    cap = st["Small"]
    gap = 10 * mm
    col_w = (width - gap * (columns - 1)) / columns
    write_h = space_above if space_above is not None else (16 if large_type else 13) * mm

    data, commands = [], [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    items = list(labels)
    for start in range(0, len(items), columns):
        chunk = items[start : start + columns]
        chunk += [""] * (columns - len(chunk))
        line_row, caption_row = [], []
        r = len(data)
        for c, text in enumerate(chunk):
            line_row += [""] + ([""] if c < columns - 1 else [])
            caption_row += [para(text, cap) if text else ""] + (
                [""] if c < columns - 1 else []
            )
            if text:
                commands.append(("LINEBELOW", (2 * c, r), (2 * c, r), 0.8, TEXT))
        data += [line_row, caption_row]
    widths = []
    for c in range(columns):
        widths.append(col_w)
        if c < columns - 1:
            widths.append(gap)
    heights = []
    for i in range(len(data)):
        heights.append(write_h if i % 2 == 0 else None)
    t = Table(data, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    commands += [("TOPPADDING", (0, r), (-1, r), 3) for r in range(1, len(data), 2)]
    commands += [("BOTTOMPADDING", (0, r), (-1, r), 4) for r in range(1, len(data), 2)]
    t.setStyle(TableStyle(commands))
    return KeepTogether([t]) if keep else t


BOX_TICKED = "\u2612"  # ☒
BOX_EMPTY = "\u2610"  # ☐


def checkbox_line(
    text: str,
    checked: bool = False,
    *,
    large_type: bool = False,
    width: float = CONTENT_WIDTH,
) -> Table:
    """A tick box followed by wrapping text (a consent option, a checklist item).

    The box is a character (☒ ticked, ☐ not), so the PDF's text, a search and a
    screen reader tell which items were ticked, not only the eye.
    """
    st = styles(large_type)
    body = st["Body"]
    size = body.fontSize * 1.3
    box_style = ParagraphStyle("cbbox", parent=body, fontSize=size, leading=body.leading,
                               spaceAfter=0)
    text_cell = para(text, ParagraphStyle("cb", parent=body, spaceAfter=0))
    gutter = size + 2.5 * mm
    t = Table(
        [[para(BOX_TICKED if checked else BOX_EMPTY, box_style), text_cell]],
        colWidths=[gutter, width - gutter],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), body.fontSize * 0.5),
            ]
        )
    )
    return t


# --------------------------------------------------------------------------
# page furniture


class _PageFrame:
    """What the header and footer print; shared by every page of one build."""

    def __init__(
        self,
        *,
        title: str,
        team_name: str,
        lang: str,
        marking: str | None,
        printed: dt.date,
        large_type: bool,
        logo: bytes | None = None,
        page_note: str | None = None,
    ) -> None:
        self.title = title
        self.page_note = page_note
        self.logo = _logo_reader(logo)
        self.team_name = team_name
        self.lang = lang
        self.marking = marking
        self.printed_text = COMMON.get("printed", lang,
                                       date=format_date(printed, normalize_lang(lang)))
        self.size = 10.0 if large_type else 8.5

    def _fit(self, canv: Canvas, text: str, font: str, width: float) -> str:
        """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
        if canv.stringWidth(text, font, self.size) <= width:
            return text
        while text and canv.stringWidth(text + "…", font, self.size) > width:
            text = text[:-1]
        return text.rstrip() + "…"

    def draw_header(self, canv: Canvas) -> None:
        w, h = PAGE_SIZE
        y = h - 14 * mm
        # Share the line by need: a long team name may take the room a short
        # title leaves; only when both are long is each cut to its half.
        avail = CONTENT_WIDTH - 8 * mm
        left = MARGIN_LEFT
        if self.logo is not None:
            reader, logo_w, logo_h = self.logo
            canv.drawImage(reader, left, y - 1.4 * mm, logo_w, logo_h, mask="auto")
            left += logo_w + 3 * mm
            avail -= logo_w + 3 * mm
        team_w = canv.stringWidth(self.team_name, SANS_BOLD, self.size)
        title_w = canv.stringWidth(self.title, SANS, self.size)
        if team_w + title_w > avail:
            team_w = min(team_w, max(avail / 2, avail - title_w))
            title_w = avail - team_w
        canv.setFillColor(TEXT)
        canv.setFont(SANS_BOLD, self.size)
        canv.drawString(left, y, self._fit(canv, self.team_name, SANS_BOLD, team_w))
        canv.setFont(SANS, self.size)
        canv.drawRightString(
            w - MARGIN_RIGHT, y, self._fit(canv, self.title, SANS, title_w)
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_LEFT, y - 2.6 * mm, w - MARGIN_RIGHT, y - 2.6 * mm)

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        w, _ = PAGE_SIZE
        y = 12 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_LEFT, y + 4 * mm, w - MARGIN_RIGHT, y + 4 * mm)
        if self.marking:
            canv.setFillColor(TEXT)
            canv.setFont(SANS_BOLD, self.size)
            canv.drawString(MARGIN_LEFT, y, self.marking)
        # Page number in the corner, the print date just before it: the left
        # side stays free for a long marking (two markings, Swedish, …).
        right = w - MARGIN_RIGHT
        number = COMMON.get("page_of", self.lang, page=page, total=total)
        canv.setFont(SANS, self.size)
        canv.setFillColor(TEXT)
        canv.drawRightString(right, y, number)
        # Reserve room for the widest number so the date does not shift
        # between "9 / 12" and "10 / 12".
        widest = COMMON.get("page_of", self.lang, page=total, total=total)
        room = canv.stringWidth(widest, SANS, self.size) + 8 * mm
        canv.setFillColor(MUTED)
        canv.drawRightString(right - room, y, self.printed_text)
        if self.page_note:
            # Whose paper this is, on every page (a page that comes loose is still theirs).
            canv.setFillColor(TEXT)
            canv.setFont(SANS, self.size)
            canv.drawString(MARGIN_LEFT, y - 4.5 * mm,
                            self._fit(canv, self.page_note, SANS, CONTENT_WIDTH))


class _KeepHeadingWithStart(KeepTogether):
    """keepWithNext that does not push a long table or paragraph to a new page.

    ReportLab keeps a heading (``keepWithNext``) together with the flowable
    after it by starting a new page whenever the two do not fit together, so a
    heading followed by a long table leaves most of a page blank. Here, when
    the heading and the *first part* of what follows fit (the table's header
    row and at least one row, a paragraph's first lines), they stay on this
    page and the rest flows on; a heading is still never left alone at the
    foot of a page.
    """

    def split(self, aW, aH):  # noqa: N803 (ReportLab's names)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH and len(self._content) > 1:
            *lead, last = self._content
            used = 0.0
            for f in lead:
                _, h = f.wrapOn(self.canv, aW, aH)
                used += h + f.getSpaceBefore() + f.getSpaceAfter()
            rest = aH - used - last.getSpaceBefore()
            if rest > 0:
                last.wrapOn(self.canv, aW, rest)
                if last.splitOn(self.canv, aW, rest):
                    return list(self._content)
        return super().split(aW, aH)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws the footers.

    Pages are kept back in ``showPage`` and only emitted in ``save``, when the
    total is known (the usual ReportLab two-pass recipe).
    """

    def __init__(self, *args, page_frame: _PageFrame, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_frame = page_frame
        self._saved_page_states: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for number, state in enumerate(self._saved_page_states, start=1):
            self.__dict__.update(state)
            self.saveState()
            self._page_frame.draw_header(self)
            self._page_frame.draw_footer(self, number, total)
            self.restoreState()
            super().showPage()
        super().save()


# --------------------------------------------------------------------------
# writing


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=directory
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def build_pdf(
    target: Target,
    story: Iterable[Flowable],
    *,
    title: str,
    team_name: str,
    lang: str = "fi",
    confidential: bool = True,
    large_type: bool = False,
    subtitle: str | None = None,
    marking: str | None = None,
    printed: dt.date | None = None,
    show_title: bool = True,
    logo: bytes | None = None,
    page_note: str | None = None,
    keywords: str | None = None,
    easy: bool = False,
) -> None:
    """Lay out ``story`` on A4 pages with the team's header and footer.

    ``target`` is a path (written atomically; the file is owner-readable only,
    as befits client data) or a writable binary file object (written in one go
    after the PDF is complete). ``title`` goes in the header, the PDF metadata
    and, with ``show_title``, as a heading at the top of the first page with
    ``subtitle`` under it. ``confidential`` prints "Salassa pidettävä" in the
    footer of every page; ``marking`` prints another (or an additional) text
    there, e.g. "Säilytä lukitussa paikassa". ``printed`` defaults to today.
    ``logo`` (PNG/JPEG bytes) goes before the team's name; by default the
    letterhead logo set with :func:`set_letterhead_logo`. ``page_note`` is
    printed under the footer rule of every page (e.g. the client's name and
    henkilötunnus on a form they sign).

    ``story`` may also be a function ``story(compact: bool) -> list``: then a
    last page that would hold only a small remnant (an orphan page) is avoided
    by laying the story out once more with tighter spacing, kept when it saves
    the page.

    Raises OSError when the file cannot be written; nothing is left behind.
    """
    register_fonts()
    code = normalize_lang(lang)
    marks = []
    if confidential:
        marks.append(COMMON.get("confidential", code))
    if marking:
        marks.append(marking)
    frame = _PageFrame(
        title=title,
        team_name=team_name,
        lang=code,
        marking=" · ".join(marks) or None,
        printed=printed or clock.today(),
        large_type=large_type,
        logo=logo if logo is not None else _letterhead_logo,
        page_note=page_note,
    )

    def lay_out(compact: bool) -> tuple[bytes, int, float]:
        flowables: list[Flowable] = []
        if show_title:
            st = styles(large_type, compact=compact, easy=easy)
            flowables.append(para(title, st["Title"]))
            if subtitle:
                flowables.append(para(subtitle, st["Subtitle"]))
            else:
                flowables.append(Spacer(1, st["Body"].fontSize))
        flowables.extend(story(compact) if callable(story) else story)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=team_name,
            subject="",
            keywords=keywords or "",
            creator=PDF_CREATOR,
            lang=_pdf_lang_tag(code),
            displayDocTitle=1,
            initialFontName=SANS,
        )
        # No frame padding: CONTENT_WIDTH is exactly what flowables get, and the
        # text lines up with the header and footer rules.
        body_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[body_frame])])
        doc.keepTogetherClass = _KeepHeadingWithStart
        doc.build(flowables, canvasmaker=partial(NumberedCanvas, page_frame=frame))
        last = doc.frame
        used = (last._y2 - last._y) / last._height if last is not None else 1.0
        return buffer.getvalue(), doc.page, used

    data, pages, used = lay_out(False)
    if callable(story) and pages > 1 and used < ORPHAN_PAGE_SHARE:
        tighter, fewer, _ = lay_out(True)
        if fewer < pages:
            data = tighter

    if isinstance(target, (str, os.PathLike)):
        _atomic_write(Path(target), data)
    else:
        target.write(data)
