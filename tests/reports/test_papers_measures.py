"""Issue 17 point 6: the measures summary as two documents.

The client's copy: only the follow-up (PROM) measures, each explained in the
first person, numbers without bands, changes with a true minus sign, and each
chart in words. The team's copy: every instrument, for the record.
"""
from datetime import date

import pytest

from tests.pdftext import pdf_text
from tyokykytiimi.reports.measures_summary import (build_measures_summary,
                                                   build_team_measures_summary, signed)
from tyokykytiimi.store import measures as ops
from tyokykytiimi.store.clients import create_client


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def client(store):
    c = create_client(store, first_name="Ville", last_name="Vastaaja", language="sv")
    ops.save_answers(store, c.id, "was", [7], time_point="baseline",
                     answered_on=date(2026, 1, 10))
    ops.save_answers(store, c.id, "was", [4], time_point="followup",
                     answered_on=date(2026, 7, 10))
    ops.save_answers(store, c.id, "audit", [2] * 10, time_point="other",
                     answered_on=date(2026, 1, 10))
    return c


def test_change_prints_a_true_minus_sign():
    assert signed(-3) == "\u22123" and signed(2) == "+2" and signed(0) == "0"


@pytest.mark.parametrize("lang, explain, intro", [
    ("fi", "Työkykyni asteikolla 0–10", "Tässä ovat vastaukseni"),
    ("sv", "Min arbetsförmåga på en skala", "Här är mina svar"),
    ("en", "My work ability on a scale from 0 to 10", "These are my answers"),
])
def test_clients_copy_has_only_the_follow_up_measures_explained(store, client, tmp_path, lang,
                                                                explain, intro):
    out = tmp_path / f"client-{lang}.pdf"
    build_measures_summary(store, client.id, out, lang=lang)
    text = flat(out)
    assert explain in text and intro in text
    assert "AUDIT" not in text.upper().replace("AUDITED", "")  # intake measures stay out
    assert "\u22123" in text and "-3" not in text
    assert {"fi": "Kaavio:", "sv": "Diagram:", "en": "Chart:"}[lang] in text  # the chart in words


def test_clients_copy_defaults_to_the_clients_language(store, client, tmp_path):
    out = tmp_path / "default.pdf"
    build_measures_summary(store, client.id, out)
    assert "Sammanfattning av mätningar" in flat(out)


def test_teams_copy_has_every_instrument(store, client, tmp_path):
    out = tmp_path / "team.pdf"
    build_team_measures_summary(store, client.id, out, lang="fi")
    text = flat(out)
    assert "tiimin asiakirja" in text and "AUDIT" in text.upper()
    assert "\u22123" in text
