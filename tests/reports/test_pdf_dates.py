"""Printed dates follow the document's language (issue 9): 1.12.2026 in fi/sv, 01/12/2026 in en."""
import datetime as dt

import pytest

from tests.pdftext import pdf_text
from tyokykytiimi.reports.consent_form import write_consent_form


@pytest.mark.parametrize("lang, given, until", [
    ("fi", "1.12.2026", "31.12.2027"),
    ("sv", "1.12.2026", "31.12.2027"),
    ("en", "01/12/2026", "31/12/2027"),
])
def test_consent_form_dates_in_its_language(tmp_path, lang, given, until):
    target = tmp_path / f"consent-{lang}.pdf"
    write_consent_form(target, team_name="Testitiimi", client_name="Ulla Salminen",
                       hetu=None, phone=None, purposes=[], parties=[],
                       given_on=dt.date(2026, 12, 1), valid_until=dt.date(2027, 12, 31),
                       lang=lang, printed=dt.date(2026, 12, 2))
    text = pdf_text(target)
    assert given in text and until in text
    if lang == "en":
        assert "1.12.2026" not in text
