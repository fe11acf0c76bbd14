"""The recovery-key sheet, printed once when the team's database is set up.

One A4 page: what the key is, how to keep it, the key itself in large
monospaced groups, the team's name and the date the key was created. It holds
no client data, so it carries "Säilytä lukitussa paikassa" instead of the
confidentiality marking. The key never goes into the PDF's metadata.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from tyokykytiimi.reports.document import (
    CONTENT_WIDTH,
    TEXT,
    Markup,
    markup,
    para,
    build_pdf,
    format_date,
    signature_lines,
    styles,
    table,
)
from tyokykytiimi.reports.fonts import MONO, SANS_BOLD
from tyokykytiimi.reports.labels import COMMON, normalize_lang

KEY_FONT_SIZE = 20
GROUP_SIZE = 4  # characters per group when the key comes without separators
KEY_FILL = colors.HexColor("#f4f4f4")


def key_lines(recovery_key: str, per_line: int = 4) -> list[str]:
    """Split the key into printable lines of groups.

    A key that already has separators ("ABCD-EFGH-…" or "ABCD EFGH …") keeps
    them exactly, so what is printed is what is typed; a line that continues
    on the next ends in its hyphen. A key without separators is shown in
    groups of four characters separated by spaces.
    """
    key = recovery_key.strip()
    if not key:
        raise ValueError("empty recovery key")
    if "-" in key:
        groups, sep = key.split("-"), "-"
    else:
        parts = key.split()
        if len(parts) > 1:
            groups = parts
        else:
            groups = [key[i : i + GROUP_SIZE] for i in range(0, len(key), GROUP_SIZE)]
        sep = " "
    lines = []
    for i in range(0, len(groups), per_line):
        chunk = groups[i : i + per_line]
        line = sep.join(chunk)
        if sep == "-" and i + per_line < len(groups):
            line += "-"
        lines.append(line)
    return lines


def _fitting_per_line(recovery_key: str, width: float) -> int:
    """As many groups per line as fit in ``width`` at KEY_FONT_SIZE."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for per_line in (4, 3, 2, 1):
        if all(
            stringWidth(line, MONO, KEY_FONT_SIZE) <= width
            for line in key_lines(recovery_key, per_line)
        ):
            return per_line
    return 1


def write_recovery_sheet(
    target: str | os.PathLike[str] | BinaryIO,
    *,
    team_name: str,
    recovery_key: str,
    created: dt.date,
    lang: str = "fi",
    printed: dt.date | None = None,
) -> None:
    """Write the one-page recovery-key sheet to ``target`` (path or file object)."""
    code = normalize_lang(lang)

    def t(key: str) -> str:
        return COMMON.get(key, code)

    st = styles()
    body = st["Body"]

    box_inner = CONTENT_WIDTH - 16 * mm
    per_line = _fitting_per_line(recovery_key, box_inner)
    key_style = ParagraphStyle(
        "RecoveryKey",
        parent=st["Mono"],
        fontSize=KEY_FONT_SIZE,
        leading=KEY_FONT_SIZE * 1.6,
        alignment=TA_CENTER,
    )
    caption = ParagraphStyle(
        "KeyCaption", parent=st["Small"], alignment=TA_CENTER, spaceAfter=0
    )
    key_cell = [para(t("recovery.key_caption"), caption), Spacer(1, 2 * mm)]
    key_cell += [
        para(line, key_style)
        for line in key_lines(recovery_key, per_line)
    ]
    key_box = Table([[key_cell]], colWidths=[CONTENT_WIDTH])
    key_box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), MONO),
                ("BOX", (0, 0), (-1, -1), 1.2, TEXT),
                ("BACKGROUND", (0, 0), (-1, -1), KEY_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )

    keep_style = ParagraphStyle(
        "KeepLocked",
        parent=body,
        fontName=SANS_BOLD,
        fontSize=body.fontSize * 1.3,
        leading=body.fontSize * 1.3 * 1.3,
        alignment=TA_CENTER,
        spaceAfter=0,
    )
    keep_banner = Table(
        [[para(t("keep_locked"), keep_style)]],
        colWidths=[CONTENT_WIDTH],
    )
    keep_banner.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS_BOLD),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEXT),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, TEXT),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2 * mm),
            ]
        )
    )

    facts = table(
        [
            [Markup(f"<b>{markup(t('recovery.team'))}</b>"), team_name],
            [Markup(f"<b>{markup(t('recovery.created'))}</b>"), format_date(created, code)],
        ],
        col_widths=[0.25, 0.75],
        header=False,
    )
    story = [
        facts,
        Spacer(1, 2 * mm),
        key_box,
        Spacer(1, 5 * mm),
        keep_banner,
        Spacer(1, 2 * mm),
        para(t("recovery.what_heading"), st["H2"]),
        para(t("recovery.what"), body),
        para(t("recovery.store_heading"), st["H2"]),
        para(t("recovery.store"), body),
        para(t("recovery.use_heading"), st["H2"]),
        para(t("recovery.use"), body),
        Spacer(1, 2 * mm),
        signature_lines(
            [t("recovery.stored_where"), t("recovery.stored_by")]
        ),
        Spacer(1, 5 * mm),
        para(t("recovery.replaced"), st["Small"]),
    ]
    build_pdf(
        target,
        story,
        title=t("recovery.title"),
        subtitle=t("recovery.subtitle"),
        team_name=team_name,
        lang=code,
        confidential=False,
        marking=t("keep_locked"),
        printed=printed,
    )
