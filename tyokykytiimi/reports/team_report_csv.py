"""The team report as CSV files: one file per table, a README and a column list.

Written for machines first (a spreadsheet, R, Python, the county's reporting):

- UTF-8, comma-separated, one header row, CRLF line ends (RFC 4180), the
  ``csv`` module's quoting;
- counts as plain integers and means with a decimal *point* and no thousands
  separators. Why not the Finnish "4,5": a decimal comma inside a
  comma-separated file needs quoting and is read as text by most tools, and
  Finnish-locale spreadsheets turn "4.5"-like text into dates only when the
  import guesses; with a fixed, documented format every tool (and Excel or
  LibreOffice through "From Text/CSV" with comma and the English/point
  locale) reads the numbers as numbers, whatever the workstation's language;
- column names are fixed English identifiers (``referred``, ``mean_change``);
  a coded label column comes twice: the code (``referrer``) and its name in the
  report's language (``referrer_name``);
- a hidden number is an empty value, and its ``<column>_suppressed`` flag
  says why: ``small`` (1–4), ``complementary`` (hidden so that a hidden small
  number cannot be worked out from a total), ``small_base`` (a mean of fewer
  than five answers). An empty value with an empty flag means "no data"
  (e.g. a mean with no answers).

The files go into a new folder inside the chosen one, named after the report
and its period, built under a temporary name and renamed when complete, so a
failed export leaves no half-written set.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tyokykytiimi import csv_safe
from tyokykytiimi.formats import format_date, format_number
from tyokykytiimi.i18n import _
from tyokykytiimi.reports.labels import C_, Labels
from tyokykytiimi.store.settings import get_setting
from tyokykytiimi.store.team_report import (Column, Table, TeamReport, column_doc,
                                            suppressed_cells)

L = Labels({
    "folder": C_("team report files", "team_report"),
    "period": C_("team report files", "Period: {start}–{end}"),
    "made": C_("team report files", "Made: {day}"),
    "team": C_("team report files", "Team: {name}"),
    "confidential": C_("team report files", "Confidential."),
    "format_head": C_("team report files", "File format"),
    "format": C_("team report files", "UTF-8, comma-separated columns, one header row. Counts "
                                      "are whole numbers and means have a decimal point, with "
                                      "no thousands separators, so that programs read them as "
                                      "numbers whatever their language. In Excel or "
                                      "LibreOffice: Data > From Text/CSV, delimiter comma, "
                                      "locale English (decimal point). Column names are fixed "
                                      "English identifiers; next to a code column its name is "
                                      "in the column <column>_name."),
    "hidden_head": C_("team report files", "Hidden numbers"),
    "hidden": C_("team report files", "A hidden number is an empty value, and its column "
                                      "<column>_suppressed says why: small = the number is 1–4; "
                                      "complementary = hidden so that a hidden small number "
                                      "cannot be worked out from a total; small_base = a mean "
                                      "of fewer than five answers. An empty value without a "
                                      "flag: no data. The row whose code is total is the total "
                                      "row."),
    "rules_head": C_("team report files", "Counting rules"),
    "files_head": C_("team report files", "Files and columns"),
    "columns_file": C_("team report files", "The columns also machine-readable: columns.csv "
                                            "(file, column, type, description)."),
    "name_of": C_("team report files", "Name of the code ({in_lang})"),
    "flag_of": C_("team report files", "Why {column} is hidden: empty (shown), small, "
                                       "complementary or small_base"),
    "lang_name": C_("team report files", "in English"),
    "type.code": C_("team report files", "code"),
    "type.text": C_("team report files", "text"),
    "type.integer": C_("team report files", "integer"),
    "type.decimal": C_("team report files", "decimal (point)"),
    "type.flag": C_("team report files", "flag"),
})


def file_name(table: Table) -> str:
    return f"{table.id}.csv"


def _header(table: Table, lang: str) -> list[tuple[str, str, str]]:
    """(column name, type, description) of every CSV column of ``table``."""
    out = []
    for i, c in enumerate(table.columns):
        if c.kind == "label":
            doc = column_doc(c.id, lang)
            if c.coded and table.rows:  # the codes with their names
                doc += ": " + "; ".join(f"{r.key} = {r.values[i]}" for r in table.rows)
            out.append((c.id, "code" if c.coded else "text", doc))
            if c.coded:
                out.append((f"{c.id}_name", "text",
                            L.get("name_of", lang, in_lang=L.get("lang_name", lang))))
        else:
            out.append((c.id, "integer" if c.kind == "count" else "decimal",
                        column_doc(c.id, lang)))
            out.append((f"{c.id}_suppressed", "flag", L.get("flag_of", lang, column=c.id)))
    return out


def _value(c: Column, value, excel_fi: bool = False) -> str | int:
    """The number as the PDF rounds it (the same function and decimals); point or comma."""
    if value is None:
        return ""
    if c.kind == "count":
        return int(value)
    return format_number(value, c.decimals, "fi" if excel_fi else "en")


def _rows(table: Table, excel_fi: bool = False) -> list[list]:
    marks = suppressed_cells(table)
    out = []
    for r in table.rows:
        line: list = []
        for c, v in zip(table.columns, r.values):
            if c.kind == "label":
                line.append(r.key if c.coded else v)
                if c.coded:
                    line.append(v)
                continue
            mark = marks.get((r.key, c.id), "")
            line += ["" if mark else _value(c, v, excel_fi), mark]
        out.append(line)
    return out


def _readme(report: TeamReport, team: str, excel_fi: bool = False) -> str:
    lang = report.lang
    fmt = _("UTF-8 with a byte-order mark, columns separated by semicolons, decimal commas, "
            "one header row: Finnish Excel opens the files as they are. The column names are "
            "fixed English identifiers; a code column is followed by its name in "
            "<column>_name.", lang=lang) if excel_fi else L.get("format", lang)
    lines = [report.title, "=" * len(report.title), "",
             L.get("period", lang, start=format_date(report.start, lang),
                   end=format_date(report.end, lang)),
             L.get("made", lang, day=format_date(report.made_on, lang)),
             L.get("team", lang, name=team), L.get("confidential", lang), "",
             L.get("format_head", lang), "-" * len(L.get("format_head", lang)),
             fmt, "",
             L.get("hidden_head", lang), "-" * len(L.get("hidden_head", lang)),
             L.get("hidden", lang), "",
             L.get("rules_head", lang), "-" * len(L.get("rules_head", lang))]
    lines += [f"- {rule}" for rule in report.rules()]
    lines += ["", L.get("files_head", lang), "-" * len(L.get("files_head", lang)),
              L.get("columns_file", lang), ""]
    for t in report.tables:
        lines += [f"{file_name(t)}: {t.title}", f"  {t.definition}"]
        for name, kind, doc in _header(t, lang):
            lines.append(f"  - {name} ({L.get('type.' + kind, lang)}): {doc}")
        lines.append("")
    return "\n".join(lines)


def _write_csv(path: Path, header: list[str], rows: list[list], excel_fi: bool = False) -> None:
    # utf-8-sig (a byte-order mark): Excel then reads ä and ö right; the Finnish
    # Excel variant also uses ";" between fields and "," in decimals.
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv_safe.writer(fh, delimiter=";" if excel_fi else ",")
        writer.writerow(header)
        writer.writerows(rows)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / f"{name}_{n}"
        n += 1
    return target


def default_name(report: TeamReport) -> str:
    return f"{L.get('folder', report.lang)}_{report.start.isoformat()}_{report.end.isoformat()}"


def write_team_report_csv(store, report: TeamReport, folder, *, name: str | None = None,
                          excel_fi: bool = False) -> Path:
    """Write the report's CSV files into a new folder ``name`` inside ``folder``.

    ``excel_fi``: ";" between fields and decimal commas, for Finnish Excel; every
    file starts with a byte-order mark either way. Returns the new folder (an
    existing one is never overwritten: a number is added). Audited as an export
    (the period, no names). Raises OSError when the folder cannot be written;
    nothing is left behind.
    """
    folder = Path(folder)
    lang = report.lang
    with store.session() as s:
        team = get_setting(s, "team_name")
    name = name or default_name(report)
    work = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".part", dir=folder))
    try:
        columns = []
        for t in report.tables:
            header = _header(t, lang)
            _write_csv(work / file_name(t), [h[0] for h in header], _rows(t, excel_fi),
                       excel_fi)
            columns += [[file_name(t), n, kind, doc] for n, kind, doc in header]
        _write_csv(work / "columns.csv", ["file", "column", "type", "description"], columns,
                   excel_fi)
        (work / "README.txt").write_text(_readme(report, team, excel_fi), encoding="utf-8-sig")
        for p in work.iterdir():
            os.chmod(p, 0o600)
        os.chmod(work, 0o700)
        target = _free_name(folder, name)
        os.rename(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    with store.session() as s:
        store.audit(s, "export", target="team_report", format="csv-fi" if excel_fi else "csv",
                    start=report.start.isoformat(), end=report.end.isoformat(),
                    files=len(report.tables))
    return target
