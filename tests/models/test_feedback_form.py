"""The feedback form definition and the rules for its answers (pure)."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tyokykytiimi.models import feedback_form as ff
from tyokykytiimi.paths import resource_path

RAW = json.loads(resource_path("feedback", "client_feedback.v1.json").read_text("utf-8"))


def test_shipped_form_loads_with_id_version_and_every_text_in_three_languages():
    d = ff.definition()
    assert (d.id, d.version) == ("client_feedback", 1)
    assert ff.definition("client_feedback", 1) is d
    assert 4 <= len(d.items) <= 6
    assert {"heard", "plan_clear", "network_useful", "overall"} <= set(d.item_ids)
    for item in d.items:
        assert item.values == (1, 2, 3, 4, 5)
        for lang in ff.LANGUAGES:
            assert item.text[lang].strip()
            assert all(a.label[lang].strip() for a in item.anchors)
    for key in ff.REQUIRED_TEXTS:
        assert {d.text(key, lang) for lang in ff.LANGUAGES} and all(
            d.texts[key][lang] for lang in ff.LANGUAGES)
    assert d.step_name(6, "sv") == "Det avslutande mötet"
    assert d.step_name(None, "fi") is None
    assert d.item("overall").anchor(5).label["fi"] == "Hyvin tyytyväinen"
    assert d.item("heard").anchor(1).label["en"] == "Not at all"
    # Swedish and Finnish are not English copies
    assert d.text("send", "fi") == "Lähetä" and d.text("send", "sv") == "Skicka"


def test_unknown_form_or_version_refused():
    with pytest.raises(ValueError):
        ff.definition("no_such_form")
    with pytest.raises(ValueError):
        ff.definition("client_feedback", 99)


@pytest.mark.parametrize("breakage, message", [
    (lambda r: r["items"][0]["text"].pop("sv"), "missing text in sv"),
    (lambda r: r["texts"]["send"].update(en=" "), "missing text in en"),
    (lambda r: r["texts"].pop("thanks_title"), "missing thanks_title"),
    (lambda r: r["scale"]["anchors"].pop("3"), "anchors must name every scale value"),
    (lambda r: r["items"][1].update(id=r["items"][0]["id"]), "used twice"),
    (lambda r: r["items"][0].update(id="Bad Id"), "short lower-case name"),
    (lambda r: r.update(version=0), "version must be"),
    (lambda r: r["scale"].update(values=[5, 1]), "rising whole numbers"),
    (lambda r: r.update(items=[]), "non-empty list"),
    (lambda r: r["free_text"].update(max_length=0), "max_length"),
])
def test_broken_definitions_are_refused_naming_the_fault(breakage, message):
    raw = copy.deepcopy(RAW)
    breakage(raw)
    with pytest.raises(ff.FormError, match=message):
        ff.parse(raw)


def test_file_name_and_content_must_agree():
    with pytest.raises(ff.FormError, match="does not match"):
        ff.parse(RAW, form_id="client_feedback", version=2)
    with pytest.raises(ff.FormError, match="does not match"):
        ff.parse(RAW, form_id="other_form")


def test_answers_made_whole_missing_items_unanswered():
    d = ff.definition()
    whole, text = ff.validate_answers(d, {"heard": 5, "overall": None}, "  Hyvä palvelu  ")
    assert set(whole) == set(d.item_ids)
    assert whole["heard"] == 5 and whole["overall"] is None and whole["plan_clear"] is None
    assert text == "Hyvä palvelu"
    whole, text = ff.validate_answers(d, {}, "vain tekstiä")
    assert all(v is None for v in whole.values()) and text == "vain tekstiä"


@pytest.mark.parametrize("ratings, code, field", [
    ({"heard": 0}, "not_in_scale", "heard"),
    ({"heard": 6}, "not_in_scale", "heard"),
    ({"overall": True}, "not_in_scale", "overall"),
    ({"overall": "5"}, "not_in_scale", "overall"),
    ({"overall": 4.0}, "not_in_scale", "overall"),
    ({"favourite_colour": 3}, "unknown_item", "favourite_colour"),
    ({}, "empty", None),
    ({"heard": None}, "empty", None),
])
def test_refused_answers_name_item_and_reason(ratings, code, field):
    with pytest.raises(ff.AnswerError) as e:
        ff.validate_answers(ff.definition(), ratings, "   ")
    assert (e.value.code, e.value.field) == (code, field)


def test_free_text_length_limit():
    d = ff.definition()
    ff.validate_answers(d, {}, "x" * d.free_text.max_length)
    with pytest.raises(ff.AnswerError) as e:
        ff.validate_answers(d, {"heard": 3}, "x" * (d.free_text.max_length + 1))
    assert e.value.code == "too_long" and e.value.field == "free_text"


@given(st.dictionaries(st.sampled_from(ff.definition().item_ids),
                       st.one_of(st.none(), st.integers(-3, 9)), min_size=1))
def test_any_rating_in_scale_or_none_is_kept_anything_else_refused(ratings):
    d = ff.definition()
    bad = [k for k, v in ratings.items() if v is not None and not 1 <= v <= 5]
    if bad:
        with pytest.raises(ff.AnswerError) as e:
            ff.validate_answers(d, ratings, "teksti")
        assert e.value.field in bad
    else:
        whole, _ = ff.validate_answers(d, ratings, "teksti")
        assert {k: v for k, v in whole.items() if k in ratings} == ratings


def test_is_empty():
    assert ff.is_empty({"a": None}, " \n")
    assert not ff.is_empty({"a": 1}, "")
    assert not ff.is_empty({}, "x")


def test_summary_counts_means_and_gaps():
    d = ff.definition()
    rows = [{"heard": 5, "overall": 4}, {"heard": 3, "overall": None}, {"heard": None}]
    by_id = {s.item_id: s for s in ff.summarise(d, rows)}
    assert by_id["heard"].answered == 2 and by_id["heard"].unanswered == 1
    assert by_id["heard"].mean == 4.0 and by_id["heard"].counts[5] == 1
    assert by_id["heard"].counts[1] == 0
    assert by_id["overall"].mean == 4.0 and by_id["overall"].answered == 1
    assert by_id["plan_clear"].mean is None and by_id["plan_clear"].answered == 0
