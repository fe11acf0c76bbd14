"""Screening definitions load and give the hints the domain describes."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tyokykytiimi.models import screening
from tyokykytiimi.models.screening import (
    LANGUAGES,
    DefinitionError,
    evaluate_case_manager,
    evaluate_criteria,
    evaluate_typ,
    list_definitions,
    list_versions,
    load_definition,
    prefill,
)
from tyokykytiimi.paths import resource_path

DEFINITION_IDS = ["criteria", "case_manager", "typ_triggers"]


@pytest.fixture(scope="module")
def criteria():
    return load_definition("criteria")


@pytest.fixture(scope="module")
def case_manager():
    return load_definition("case_manager")


@pytest.fixture(scope="module")
def typ():
    return load_definition("typ_triggers")


# --- the definitions themselves ---------------------------------------------------

def test_all_definitions_present():
    assert set(DEFINITION_IDS) <= set(list_definitions())


@pytest.mark.parametrize("def_id", DEFINITION_IDS)
def test_definition_loads_with_required_fields(def_id):
    for version in list_versions(def_id):
        raw = json.loads(resource_path("screening", f"{def_id}.v{version}.json")
                         .read_text(encoding="utf-8"))
        for key in ("id", "version", "title", "source", "valid_from"):
            assert raw[key], key
        d = load_definition(def_id, version)
        assert (d.id, d.version) == (def_id, version)
        assert set(LANGUAGES) <= set(d.title)
        assert d.source
        texts = [i.text for i in d.items] + [t.text for t in d.triggers]
        assert texts
        for text in texts:
            assert all(text[lang].strip() for lang in LANGUAGES)


def test_latest_is_cached_and_default(criteria):
    assert load_definition("criteria") is criteria
    assert criteria.version == list_versions("criteria")[-1]


def test_definitions_are_read_only(criteria):
    with pytest.raises(TypeError):
        criteria.title["fi"] = "x"  # type: ignore[index]


def test_criteria_shape(criteria):
    assert [g.id for g in criteria.groups] == ["benefit", "preconditions", "target_group"]
    assert criteria.item("acute_substance_or_mental_health").expected == "no"
    assert criteria.item("specialised_care_process").expected == "no"
    assert criteria.item("motivated").expected == "yes"
    assert all(i.points_to for i in criteria.items)


def test_typ_definition_is_dated(typ):
    assert typ.source == "Laki työllistymistä edistävästä monialaisesta yhteispalvelusta 1369/2014"
    assert typ.valid_until == date(2024, 12, 31)
    assert "381/2023" in typ.note["fi"] and "381/2023" in typ.note["en"]
    assert typ.is_valid_on(date(2024, 12, 31)) and not typ.is_valid_on(date(2025, 1, 1))


def test_unknown_definition():
    assert list_versions("nope") == []
    with pytest.raises(DefinitionError):
        load_definition("nope")
    with pytest.raises(DefinitionError):
        load_definition("criteria", 999)


def test_newest_version_wins_and_malformed_is_refused(tmp_path, monkeypatch):
    src = json.loads(resource_path("screening", "criteria.v1.json").read_text(encoding="utf-8"))
    (tmp_path / "criteria.v1.json").write_text(json.dumps(src), encoding="utf-8")
    (tmp_path / "criteria.v2.json").write_text(json.dumps({**src, "version": 2}), encoding="utf-8")
    broken = {**src, "version": 3}
    broken["groups"][0]["items"][0]["text"] = {"fi": "vain suomeksi"}
    (tmp_path / "criteria.v3.json").write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(screening, "_dir", lambda: tmp_path)
    screening._load.cache_clear()
    try:
        assert list_versions("criteria") == [1, 2, 3]
        assert load_definition("criteria", 2).version == 2
        with pytest.raises(DefinitionError):
            load_definition("criteria")
    finally:
        screening._load.cache_clear()


# --- client criteria ----------------------------------------------------------------

def _fitting(definition):
    return {i.id: i.expected for i in definition.items}


def test_all_fitting_answers_accept(criteria):
    s = evaluate_criteria(criteria, _fitting(criteria))
    assert (s.outcome, s.reasons) == ("accept", [])


@pytest.mark.parametrize(
    "changes, outcome, first_ids",
    [
        ({"acute_substance_or_mental_health": "yes"}, "guide_elsewhere",
         ["acute_substance_or_mental_health"]),
        ({"specialised_care_process": "yes"}, "guide_elsewhere", ["specialised_care_process"]),
        ({"motivated": "no"}, "guide_elsewhere", ["motivated"]),
        ({"age_18_65": "no"}, "guide_elsewhere", ["age_18_65"]),
        ({"resident_in_area": "no"}, "guide_elsewhere", ["resident_in_area"]),
        ({"no_earlier_solution": "no"}, "guide_elsewhere", ["no_earlier_solution"]),
        ({"motivated": "unknown"}, "more_info", ["motivated"]),
        ({"long_term_challenge": None}, "more_info", ["long_term_challenge"]),
        # contrary wins over open items; open items still listed after
        ({"motivated": "unknown", "age_18_65": "no"}, "guide_elsewhere",
         ["age_18_65", "motivated"]),
    ],
)
def test_criteria_table(criteria, changes, outcome, first_ids):
    answers = _fitting(criteria)
    for item_id, value in changes.items():
        if value is None:
            del answers[item_id]
        else:
            answers[item_id] = value
    s = evaluate_criteria(criteria, answers)
    assert s.outcome == outcome
    assert s.item_ids == first_ids


def test_contrary_reason_says_where_to(criteria):
    answers = {**_fitting(criteria), "acute_substance_or_mental_health": "yes"}
    (reason,) = evaluate_criteria(criteria, answers).reasons
    assert reason.why == "contrary"
    assert set(LANGUAGES) <= set(reason.points_to)


def test_empty_answers_need_more_info(criteria):
    s = evaluate_criteria(criteria, {})
    assert s.outcome == "more_info"
    assert {r.why for r in s.reasons} == {"unanswered"}
    assert len(s.reasons) == len(criteria.items)


@pytest.mark.parametrize("answers", [{"motivated": "maybe"}, {"no_such_item": "yes"}])
def test_bad_answers_are_refused(criteria, answers):
    with pytest.raises(ValueError):
        evaluate_criteria(criteria, answers)


@pytest.mark.parametrize("age, answer", [(17, "no"), (18, "yes"), (65, "yes"), (66, "no")])
def test_prefill_age(criteria, age, answer):
    assert prefill(criteria, age=age) == {"age_18_65": answer}
    assert prefill(criteria) == {}


# --- case manager ---------------------------------------------------------------------

def _cm(definition, yes=(), unknown=(), unanswered=()):
    answers = {i.id: "no" for i in definition.items}
    for i in yes:
        answers[i] = "yes"
    for i in unknown:
        answers[i] = "unknown"
    for i in unanswered:
        del answers[i]
    return answers


@pytest.mark.parametrize(
    "yes, unknown, unanswered, outcome",
    [
        (["many_needs_to_coordinate"], [], [], "coordinator"),
        (["cannot_manage_network_alone", "no_supporter_in_services"], [], [], "coordinator"),
        (["many_needs_to_coordinate"], ["knows_and_can_seek"], [], "unclear"),
        (["many_needs_to_coordinate"], ["special_expertise_needed"], [], "coordinator"),
        (["knows_and_can_seek"], [], [], "consult"),
        (["small_need_one_provider"], ["special_expertise_needed"], [], "consult"),
        (["many_needs_to_coordinate", "small_need_one_provider"], [], [], "unclear"),
        (["many_needs_to_coordinate", "other_coordinating_party"], [], [], "consult"),
        (["special_expertise_needed", "consultation_requested"], [], [], "consult"),
        ([], [], [], "consult"),
        ([], ["many_needs_to_coordinate"], [], "unclear"),
        ([], [], ["no_supporter_in_services"], "unclear"),
    ],
)
def test_case_manager_table(case_manager, yes, unknown, unanswered, outcome):
    s = evaluate_case_manager(case_manager, _cm(case_manager, yes, unknown, unanswered))
    assert s.outcome == outcome
    assert set(yes) <= set(s.item_ids) or outcome == "consult"


def test_case_manager_decisive_reason_first(case_manager):
    s = evaluate_case_manager(case_manager, _cm(
        case_manager, ["knows_and_can_seek", "other_coordinating_party"]))
    assert s.item_ids == ["other_coordinating_party", "knows_and_can_seek"]
    assert {r.why for r in s.reasons} == {"against"}


# --- TYP triggers ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "subsidy_days, age, months, applies, met, undecided",
    [
        (300, None, None, True, ["subsidy_300_days"],
         ["age_25_unemployed_12_months", "under_25_unemployed_6_months"]),
        (299, 40, 11, False, [], []),
        (0, 25, 12, True, ["age_25_unemployed_12_months"], []),
        (0, 25, 11, False, [], []),
        (0, 24, 6, True, ["under_25_unemployed_6_months"], []),
        (0, 24, 5, False, [], []),
        (0, 24, 12, True, ["under_25_unemployed_6_months"], []),
        (None, None, None, False, [],
         ["subsidy_300_days", "age_25_unemployed_12_months", "under_25_unemployed_6_months"]),
        (None, 30, 3, False, [], ["subsidy_300_days"]),
        (100, None, 8, False, [], ["under_25_unemployed_6_months"]),
        (100, None, 13, False, [],
         ["age_25_unemployed_12_months", "under_25_unemployed_6_months"]),
        (400, 30, 13, True, ["subsidy_300_days", "age_25_unemployed_12_months"], []),
    ],
)
def test_typ_table(typ, subsidy_days, age, months, applies, met, undecided):
    hint = evaluate_typ(typ, subsidy_days=subsidy_days, age=age, months_unemployed=months)
    assert hint.applies is applies
    assert hint.reasons == met
    assert hint.undecided == undecided
    assert hint.valid_until == date(2024, 12, 31)
