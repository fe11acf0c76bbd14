"""The shared PDF frame and the recovery-key sheet, read back with pypdf."""
from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from tests.pdftext import embedded_fonts, pdf_fonts, pdf_pages, pdf_text
from tyokykytiimi.reports import document
from tyokykytiimi.reports.document import (
    build_pdf,
    checkbox_line,
    format_date,
    signature_lines,
    styles,
    table,
)
from tyokykytiimi.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from tyokykytiimi.reports.labels import C_, COMMON, LANGS, Labels, label
from tyokykytiimi.reports.recovery_key import key_lines, write_recovery_sheet

TEAM = "Työkyvyn tuen tiimi, Pohjois-Savon hyvinvointialue"
PRINTED = dt.date(2025, 3, 5)
LETTERS = "ä ö å Ä Ö Å š ž"


def three_pages() -> list:
    st = styles()
    story = []
    for n in range(3):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(f"Sivu {n + 1}: {LETTERS}", st["Body"]))
    return story


def squash(text: str) -> str:
    return "".join(text.split())


# --- fonts -------------------------------------------------------------------


def test_register_fonts_is_idempotent():
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert {SANS, SANS_BOLD, MONO} <= set(names)
    assert tt2ps(SANS, 1, 0) == SANS_BOLD  # <b> in a Paragraph uses the bold face


# --- labels ------------------------------------------------------------------


def test_label_languages_and_fallback():
    assert label("confidential") == "Salassa pidettävä"
    assert label("confidential", "sv") == "Sekretessbelagd"
    assert label("confidential", "en") == "Confidential"
    assert label("confidential", "sv_FI") == "Sekretessbelagd"
    assert label("confidential", "de") == "Salassa pidettävä"
    assert label("page_of", "fi", page=2, total=3) == "2 / 3"


def test_missing_key_raises():
    with pytest.raises(KeyError):
        label("no.such.key")
    with pytest.raises(KeyError):
        Labels({"a": {"fi": "A"}}).get("b")


def test_document_catalogue_stacks_on_common():
    # English source, words from the gettext catalogue under the document's context.
    own = Labels({"title": C_("consent form", "Consent to disclosure of information and "
                                              "multi-professional cooperation")}, parent=COMMON)
    assert own.get("title", "fi").startswith("Suostumus tietojen luovuttamiseen")
    assert own.get("title", "sv").startswith("Samtycke till utlämnande")
    assert own.get("title", "en").startswith("Consent to disclosure")
    assert own.get("confidential", "sv") == "Sekretessbelagd"  # from COMMON
    # Codes in words from the models are plain English sources, looked up without a context.
    plain = Labels({"x": "Other"})
    assert plain.get("x", "fi") == "Muu" and plain.get("x", "sv") == "Annat"
    assert plain.get("x", "en") == "Other"


def test_an_untranslated_text_is_reported_missing():
    own = Labels({"x": C_("consent form", "A text nobody translated")})
    assert own.missing("fi") == ["x"] and own.missing("en") == []
    assert own.get("x", "fi") == "A text nobody translated"


@pytest.mark.parametrize("lang", LANGS)
def test_common_labels_complete(lang):
    assert COMMON.missing(lang) == []


# --- build_pdf ---------------------------------------------------------------


def test_three_pages_numbered_and_marked(tmp_path):
    out = tmp_path / "kolme.pdf"
    build_pdf(out, three_pages(), title="Koeasiakirja", team_name=TEAM, printed=PRINTED)
    pages = pdf_pages(out)
    assert len(pages) == 3
    for n, text in enumerate(pages, start=1):
        assert f"{n} / 3" in text
        assert "Salassa pidettävä" in text
        assert "Tulostettu 5.3.2025" in text
        assert TEAM in text
        assert "Koeasiakirja" in text


def test_finnish_and_swedish_letters_survive(tmp_path):
    out = tmp_path / "kirjaimet.pdf"
    build_pdf(
        out,
        [Paragraph(f"<b>{LETTERS}</b> {LETTERS}", styles()["Body"])],
        title=f"Åström ja Šárka {LETTERS}",
        team_name=TEAM,
    )
    text = pdf_text(out)
    for letter in LETTERS.split():
        assert letter in text
    assert text.count(LETTERS) >= 3  # title, bold body, plain body


def test_fonts_are_dejavu_and_embedded(tmp_path):
    out = tmp_path / "fontit.pdf"
    story = three_pages() + [
        table([["Osapuoli", "Yhteyshenkilö"], ["Kela", "Mäki-Åström"]]),
        checkbox_line("Suostun", checked=True),
        signature_lines([label("place_and_date"), label("signature")]),
    ]
    build_pdf(out, story, title="Fontit", team_name=TEAM)
    fonts = pdf_fonts(out)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts
    assert fonts == embedded_fonts(out), "every font must be embedded (no Helvetica)"


def test_swedish_labels(tmp_path):
    out = tmp_path / "sv.pdf"
    build_pdf(out, three_pages(), title="Samtycke", team_name=TEAM, lang="sv", printed=PRINTED)
    text = pdf_text(out)
    assert text.count("Sekretessbelagd") == 3
    assert "Utskriven 5.3.2025" in text
    assert "Salassa" not in text and "Tulostettu" not in text
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "sv-FI"


def test_not_confidential_and_own_marking(tmp_path):
    plain = tmp_path / "julkinen.pdf"
    build_pdf(plain, three_pages(), title="Palvelukartta", team_name=TEAM, confidential=False)
    assert "Salassa" not in pdf_text(plain)
    marked = tmp_path / "merkitty.pdf"
    build_pdf(
        marked, three_pages(), title="X", team_name=TEAM, confidential=False,
        marking="Säilytä lukitussa paikassa",
    )
    assert pdf_text(marked).count("Säilytä lukitussa paikassa") == 3


def test_metadata_has_title_and_team_only(tmp_path):
    out = tmp_path / "meta.pdf"
    story = [Paragraph("Asiakas: Matti Meikäläinen", styles()["Body"])]
    build_pdf(out, story, title="Yhteinen suunnitelma", team_name=TEAM, subtitle="Versio 2")
    meta = PdfReader(out).metadata
    assert meta.title == "Yhteinen suunnitelma"
    assert meta.author == TEAM
    assert "Meikäläinen" not in " ".join(str(v) for v in meta.values())
    assert "Versio 2" in pdf_text(out)


def test_writes_to_file_object():
    buf = io.BytesIO()
    build_pdf(buf, three_pages(), title="Muistissa", team_name=TEAM)
    assert buf.getvalue().startswith(b"%PDF")
    assert "3 / 3" in pdf_text(buf.getvalue())


def test_long_story_and_large_type(tmp_path):
    st = styles(large_type=True)
    assert st["Body"].fontSize >= 14 and st["Body"].leading >= 1.4 * st["Body"].fontSize
    assert styles()["Body"].fontName == SANS
    rows = [["Palvelu", "Mitä tapahtuu", "Milloin"]] + [
        [f"Palvelu {i}", "Pitkä kuvaus, joka rivittyy solun sisällä " * 3, "5.3.2025"]
        for i in range(60)
    ]
    out = tmp_path / "iso.pdf"
    build_pdf(
        out, [table(rows, col_widths=[0.25, 0.55, 0.2])], title="Oma suunnitelmani",
        team_name=TEAM, large_type=True,
    )
    pages = pdf_pages(out)
    assert len(pages) > 1
    assert all("Palvelu" in p and "Mitä tapahtuu" in p for p in pages)  # header repeats
    assert f"{len(pages)} / {len(pages)}" in pages[-1]


def test_format_date():
    assert format_date(dt.date(2025, 3, 5)) == "5.3.2025"
    assert format_date(dt.date(2024, 12, 31)) == "31.12.2024"


# --- atomic writing ----------------------------------------------------------


def test_missing_directory_raises_and_leaves_nothing(tmp_path):
    target = tmp_path / "ei_ole" / "out.pdf"
    with pytest.raises(OSError):
        build_pdf(target, three_pages(), title="X", team_name=TEAM)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_raises_and_leaves_nothing(tmp_path):
    # CI runs as root, which file modes do not stop: a file where the folder should
    # be cannot be written into by anyone.
    blocker = tmp_path / "kansio"
    blocker.write_bytes(b"")
    with pytest.raises(OSError):
        build_pdf(blocker / "out.pdf", three_pages(), title="X", team_name=TEAM)
    assert list(tmp_path.iterdir()) == [blocker] and blocker.read_bytes() == b""


def test_failed_replace_keeps_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(document.os, "replace", refuse)
    with pytest.raises(OSError):
        build_pdf(target, three_pages(), title="X", team_name=TEAM)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_failed_layout_touches_nothing(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    class Broken(Paragraph):
        def draw(self):
            raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        build_pdf(target, [Broken("x", styles()["Body"])], title="X", team_name=TEAM)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_temp_file_is_made_beside_the_target(tmp_path, monkeypatch):
    seen = []
    real = document.tempfile.mkstemp

    def spy(*args, **kwargs):
        seen.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(document.tempfile, "mkstemp", spy)
    target = tmp_path / "out.pdf"
    build_pdf(target, three_pages(), title="X", team_name=TEAM)
    assert [os.path.realpath(d) for d in seen] == [os.path.realpath(tmp_path)]
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    assert target.stat().st_mode & 0o077 == 0  # owner only, like the database


# --- recovery-key sheet ------------------------------------------------------

KEY = "K7QM-2XFR-9BWT-H4LC-P8ZN-D3VJ-6SEA-R5GY"


def test_recovery_sheet(tmp_path):
    out = tmp_path / "palautusavain.pdf"
    write_recovery_sheet(out, team_name=TEAM, recovery_key=KEY, created=dt.date(2025, 3, 5))
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pages[0]
    assert KEY in squash(text)
    assert TEAM in text
    assert "5.3.2025" in text
    assert "Säilytä lukitussa paikassa" in text
    assert "Salassa pidettävä" not in text
    assert "salasanat" in text  # explains what the key is for
    assert "DejaVuSansMono" in embedded_fonts(out)
    meta = PdfReader(out).metadata
    assert KEY not in " ".join(str(v) for v in meta.values())


def test_recovery_sheet_swedish_and_ungrouped_key(tmp_path):
    key = "k7qm2xfr9bwth4lcp8znd3vj6sear5gyabcdefgh"
    out = tmp_path / "sv.pdf"
    write_recovery_sheet(out, team_name=TEAM, recovery_key=key, created=PRINTED, lang="sv")
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert key in squash(pages[0])
    assert "Återställningsnyckel" in pages[0] and "Förvaras inlåst" in pages[0]


def test_key_lines():
    assert key_lines(KEY) == ["K7QM-2XFR-9BWT-H4LC-", "P8ZN-D3VJ-6SEA-R5GY"]
    assert "".join(key_lines(KEY, 3)) == KEY
    assert key_lines("abcdefghij") == ["abcd efgh ij"]
    with pytest.raises(ValueError):
        key_lines("  ")


def test_heading_and_long_table_start_on_the_same_page(tmp_path):
    # ReportLab's keepWithNext would push heading + table to page 2 and leave
    # page 1 nearly empty; ours starts the table under its heading.
    st = styles(large_type=True)
    rows = [["Palvelu", "Kuvaus"]] + [[f"Rivi {i}", "Pitkä kuvaus " * 8] for i in range(30)]
    out = tmp_path / "otsikko.pdf"
    build_pdf(
        out, [Paragraph("Palvelut", st["H2"]), table(rows, large_type=True)],
        title="X", team_name=TEAM, large_type=True,
    )
    first = pdf_pages(out)[0]
    assert "Palvelut" in first and "Rivi 0" in first


def test_plain_text_is_escaped_markup_is_not(tmp_path):
    from tyokykytiimi.reports.document import Markup, markup

    assert markup("Mäki & Co <3\nrivi") == "Mäki &amp; Co &lt;3<br/>rivi"
    assert markup(Markup("<b>lihava</b>")) == "<b>lihava</b>"
    out = tmp_path / "merkit.pdf"
    story = [
        table([["Nimi", "Huomio"], ["Mäki & Co", "<3 & <b>ei lihavoitu</b>"]]),
        checkbox_line("A & B < C"),
        signature_lines(["Huoltaja & edustaja"]),
    ]
    build_pdf(out, story, title="Otsikko <x> & y", team_name="Tiimi & co")
    text = pdf_text(out)
    for s in ("Mäki & Co", "<3 & <b>ei lihavoitu</b>", "A & B < C",
              "Huoltaja & edustaja", "Otsikko <x> & y", "Tiimi & co"):
        assert s in text
