"""The readable PDF of the client's own data."""
from datetime import date

import pytest

from tests.pdftext import embedded_fonts, pdf_pages, pdf_text
from tests.store.access_data import build_both
from tyokykytiimi import language
from tyokykytiimi.reports.access_export_pdf import MORE_FIELDS
from tyokykytiimi.reports.access_export_pdf import (HIDDEN, L, SECTIONS, missing_labels,
                                                    write_access_pdf)
from tyokykytiimi.store.access_export import client_tables, collect


@pytest.fixture
def exported(store):
    a, b = build_both(store)
    return a, b, collect(store, a.id)


def _flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_finnish_pdf_has_every_section_and_only_this_client(exported, tmp_path):
    a, b, data = exported
    path = tmp_path / "tiedot.pdf"
    write_access_pdf(data, path, lang="fi", printed=date(2026, 3, 5))
    text = _flat(path)
    for heading in ("Asiakkaan tiedot", "Perustiedot", "Palvelupolku", "Seulonnat",
                    "Suostumukset", "Verkostotapaamiset", "Asiakassuunnitelma", "Versio 1",
                    "Tavoite:", "Välitavoite:", "Tehtävä:", "Mittarit ja kyselyt",
                    "Turvallisuushuomio",
                    "Palautteet", "Muutoshistoria", "Lokitiedot: kuka on käsitellyt tietoja"):
        assert heading in text, heading
    for label in ("first", "last", "hetu", "phone", "email", "address", "family",
                  "screening_note", "step_note", "consent_note", "override_reason", "invitee",
                  "agenda", "minutes", "goal", "step", "task", "client_role", "plan_note",
                  "feedback"):
        assert getattr(a, label) in text, label
    for value in b.marks.values():
        assert value not in text
    # codes in words, dates the Finnish way, the people by name
    for words in ("Ensimmäinen verkostotapaaminen", "Suullisesti", "Terveysasema",
                  "2 Tarpeen selvittäminen ja tavoitteet", "Otetaan asiakkaaksi",
                  "BDI:n kysymys 9", "Kaisa Koordinaattori", "13.10.1952",
                  "Tietojen luovuttaminen"):
        assert words in text, words
    # the audit section: when, who, what
    assert "Katsottu" in text and "Viety tiedostoon" in text
    pages = pdf_pages(path)
    assert all("Salassa pidettävä" in p for p in pages)
    assert f"1 / {len(pages)}" in pages[0] and "Tulostettu 5.3.2026" in pages[0]
    assert "DejaVuSans" in embedded_fonts(path)


def test_swedish_and_the_clients_language_by_default(exported, tmp_path):
    a, _, data = exported
    sv = tmp_path / "sv.pdf"
    client = data["sections"]["clients"][0]
    client["language"] = "sv"
    language.set_language("en")
    try:
        write_access_pdf(data, sv)  # no language given: the client's (issue 17), not the UI's
    finally:
        language.set_language("fi")
        client["language"] = "fi"
    text = _flat(sv)
    for words in ("Klientens uppgifter", "Grunduppgifter", "Samtycken", "Nätverksmöten",
                  "Sekretessbelagd", "Muntligt", "Logg: vem har behandlat uppgifterna",
                  "Visad"):
        assert words in text, words
    assert a.family in text
    fi = tmp_path / "fi.pdf"
    write_access_pdf(data, fi)
    assert "Asiakkaan tiedot" in _flat(fi)


def test_every_label_in_three_languages_and_every_stored_field_labelled():
    assert missing_labels() == []
    unlabelled = []
    for ct in client_tables():
        assert ct.name in SECTIONS
        for column in ct.table.c:
            if column.name in HIDDEN:
                continue
            if f"field.{ct.name}.{column.name}" not in L and f"field.{column.name}" not in L \
                    and column.name not in MORE_FIELDS:
                unlabelled.append(f"{ct.name}.{column.name}")
    assert unlabelled == []
