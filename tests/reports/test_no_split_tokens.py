"""Issue 17 point 2: no date, time, number or e-mail address is cut across lines.

Every paper of the demo data is written in fi, sv and en (tools/papers.py) and
read back; tests/splitcheck.py finds a token cut in two. A negative control
shows the check catches what ReportLab did before (cutting long words).
"""
from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from tests.pdftext import pdf_pages, pdf_text
from tests.splitcheck import split_tokens
from tyokykytiimi.reports.document import CONTENT_WIDTH, styles, table
from tyokykytiimi.reports.fonts import SANS, register_fonts

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def test_every_kind_of_paper_is_written_in_every_language(demo_papers):
    files, _ = demo_papers
    names = {(f.parent.name, re.sub(r"-\d+$", "", f.stem)) for f in files}
    kinds = {"consent", "invitation", "plan-parties", "plan-client", "measures-client",
             "measures-team", "access", "team-report", "recovery"}
    assert names == {(lang, k) for lang in ("fi", "sv", "en") for k in kinds}


def test_no_paper_cuts_a_date_time_or_address(demo_papers):
    files, emails = demo_papers
    problems = {}
    for f in files:
        text = pdf_text(f)
        found = split_tokens(text, emails + EMAIL.findall(text), lang=f.parent.name)
        if found:
            problems[f"{f.parent.name}/{f.name}"] = found
    assert not problems


def test_client_papers_have_no_orphan_page(demo_papers):
    files, _ = demo_papers
    for f in files:
        if f.stem.startswith("plan-client"):
            pages = pdf_pages(f)
            if len(pages) > 1:
                # More than the header and footer on the last page.
                assert len(pages[-1].split()) > 25, f


def test_every_style_keeps_words_whole():
    for large in (False, True):
        for st in styles(large).byName.values():
            assert st.splitLongWords == 0, st.name


def test_columns_widen_for_their_longest_token_and_the_check_catches_cuts(tmp_path):
    register_fonts()
    rows = [["Mihin mennessä", "Tehtävä"], ["14.12.2026", "Soitan työkokeilupaikkaan"]]
    fitted = tmp_path / "fitted.pdf"
    SimpleDocTemplate(str(fitted)).build([table(rows, [0.05, 0.95])])
    assert split_tokens(pdf_text(fitted)) == []
    assert "14.12.2026" in pdf_text(fitted)
    # ReportLab's own behaviour in a too narrow column cuts the date: caught.
    cut = tmp_path / "cut.pdf"
    st = ParagraphStyle("x", fontName=SANS, fontSize=10)
    SimpleDocTemplate(str(cut)).build([Table([[Paragraph("14.12.2026", st),
                                               Paragraph("anne.kuvitteellinen@hyvinvointi"
                                                         ".example", st)]],
                                             colWidths=[40, 90])])
    found = split_tokens(pdf_text(cut), ["anne.kuvitteellinen@hyvinvointi.example"])
    assert any(f.startswith("date") for f in found)
    assert any(f.startswith("e-mail") for f in found)


def test_a_long_email_breaks_only_after_at_or_a_dot(tmp_path):
    address = "anne.kuvitteellinen@hyvinvointialue.example"
    out = tmp_path / "mail.pdf"
    SimpleDocTemplate(str(out)).build([table([["Yhteystiedot"], [address]],
                                             [CONTENT_WIDTH * 0.18], width=CONTENT_WIDTH * 0.18)])
    text = pdf_text(out)
    assert "\n" in text.strip()
    assert split_tokens(text, [address]) == []
    assert address in text.replace("\n", "")
