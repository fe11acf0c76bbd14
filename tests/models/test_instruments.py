"""Worked examples from the published scoring rules (DOMAIN.md, "Instruments")."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tyokykytiimi.models import instruments as inst
from tyokykytiimi.models.instruments import AnswerError, change, score
from tyokykytiimi.paths import resource_path

ALL_IDS = ["was", "inclusion", "3x10d", "audit", "gad7", "bdi", "bdi2", "situation"]
LANGS = ("fi", "sv", "en")


def answers_summing_to(instrument_id: str, total: int) -> list[int]:
    """Start every item at its lowest value, then raise items from the first on."""
    defn = inst.definition(instrument_id)
    answers = [min(item.values) for item in defn.items]
    remaining = total - sum(answers)
    for position, item in enumerate(defn.items):
        raised = max(v for v in item.values if v - answers[position] <= remaining)
        remaining -= raised - answers[position]
        answers[position] = raised
    assert remaining == 0, f"{instrument_id} cannot reach {total}"
    return answers


# --- band edges ---------------------------------------------------------------

BAND_EDGES = [
    ("was", 0, "poor"), ("was", 5, "poor"), ("was", 6, "reduced"), ("was", 7, "reduced"),
    ("was", 8, "good"), ("was", 10, "good"),
    ("audit", 0, "low_risk"), ("audit", 7, "low_risk"), ("audit", 8, "hazardous"),
    ("audit", 15, "hazardous"), ("audit", 16, "harmful"), ("audit", 19, "harmful"),
    ("audit", 20, "possible_dependence"), ("audit", 40, "possible_dependence"),
    ("gad7", 0, "minimal"), ("gad7", 4, "minimal"), ("gad7", 5, "mild"), ("gad7", 9, "mild"),
    ("gad7", 10, "moderate"), ("gad7", 14, "moderate"), ("gad7", 15, "severe"),
    ("gad7", 21, "severe"),
    ("bdi2", 0, "minimal"), ("bdi2", 13, "minimal"), ("bdi2", 14, "mild"), ("bdi2", 19, "mild"),
    ("bdi2", 20, "moderate"), ("bdi2", 28, "moderate"), ("bdi2", 29, "severe"),
    ("bdi2", 63, "severe"),
    ("bdi", 0, "minimal"), ("bdi", 9, "minimal"), ("bdi", 10, "mild"), ("bdi", 18, "mild"),
    ("bdi", 19, "moderate"), ("bdi", 29, "moderate"), ("bdi", 30, "severe"), ("bdi", 63, "severe"),
]


@pytest.mark.parametrize(("instrument_id", "total", "band"), BAND_EDGES)
def test_band_edges_item_by_item(instrument_id, total, band):
    result = score(instrument_id, answers_summing_to(instrument_id, total))
    assert (result.total, result.band, result.complete) == (total, band, True)


@pytest.mark.parametrize(("instrument_id", "total", "band"),
                         [e for e in BAND_EDGES if e[0] in ("bdi", "bdi2")])
def test_bdi_band_edges_total_only(instrument_id, total, band):
    result = score(instrument_id, [total], safety_answer=False)
    assert (result.total, result.band, result.complete, result.total_only) == (total, band, True, True)
    assert result.flags == ()


def test_was_single_answer():
    result = score("was", [7])
    assert (result.total, result.band, result.answers) == (7, "reduced", (7,))


# --- AUDIT and AUDIT-C ----------------------------------------------------------


def test_audit_items_9_and_10_take_0_2_4():
    result = score("audit", [1, 1, 1, 0, 0, 0, 0, 0, 2, 4])
    assert (result.total, result.subscores) == (9, {"audit_c": 3})


@pytest.mark.parametrize("item", [9, 10])
@pytest.mark.parametrize("value", [1, 3])
def test_audit_items_9_and_10_refuse_odd_values(item, value):
    answers = [0] * 10
    answers[item - 1] = value
    with pytest.raises(AnswerError, match=rf"^Kysymys {item}\b.*0, 2 ja 4") as err:
        score("audit", answers)
    assert err.value.item == item


def test_audit_c_is_kept_when_later_items_are_missing():
    result = score("audit", [2, 2, 1] + [None] * 7)
    assert result.subscores == {"audit_c": 5}
    assert (result.total, result.band, result.complete) == (None, None, False)


def test_audit_c_missing_when_its_own_item_is_missing():
    assert score("audit", [2, None, 1] + [0] * 7).subscores == {"audit_c": None}


AUDIT_C_CASES = [
    # total, sex, age, risky
    (5, "male", 40, False), (6, "male", 40, True),
    (4, "female", 40, False), (5, "female", 40, True),
    (3, "male", 65, False), (4, "male", 65, True),
    (3, "female", 65, False), (4, "female", 65, True),
    (4, "male", 64, False), (4, "female", 64, False),
    (0, None, None, False), (12, None, None, True),
    (5, None, 40, None),  # risky for a woman, not for a man
    (6, None, 40, True), (4, None, 40, False),
    (4, "male", None, None),  # risky only if 65+
    (5, "female", None, True), (3, "female", None, False),
    (None, "male", 40, None),
]


@pytest.mark.parametrize(("total", "sex", "age", "risky"), AUDIT_C_CASES)
def test_audit_c_cut_points(total, sex, age, risky):
    assert inst.audit_c_risky(total, sex, age) is risky


@pytest.mark.parametrize(("total", "sex", "age"),
                         [(13, "male", 40), (-1, "male", 40), (5, "other", 40), (5, "male", -3)])
def test_audit_c_refuses_nonsense(total, sex, age):
    with pytest.raises(ValueError):
        inst.audit_c_risky(total, sex, age)


# --- missing answers: no proration ----------------------------------------------


@pytest.mark.parametrize("instrument_id", ["was", "inclusion", "audit", "gad7", "bdi", "bdi2"])
def test_summed_score_with_a_gap_has_no_total(instrument_id):
    defn = inst.definition(instrument_id)
    answers = [item.values[-1] for item in defn.items]
    answers[-1] = None
    result = score(instrument_id, answers)
    assert (result.total, result.band, result.mean, result.complete) == (None, None, None, False)
    assert result.missing == (len(defn.items),)
    assert result.answers[:-1] == tuple(answers[:-1])


def test_inclusion_total_and_mean():
    result = score("inclusion", [1, 2, 3, 4, 5, 5, 4, 3, 2, 1])
    assert (result.total, result.mean, result.band) == (30, 3.0, None)
    assert score("inclusion", [5] * 10).mean == 5.0


@pytest.mark.parametrize("instrument_id", ["3x10d", "situation"])
def test_area_wise_instruments_show_the_gap(instrument_id):
    defn = inst.definition(instrument_id)
    answers = [1] * len(defn.items)
    answers[2] = None
    result = score(instrument_id, answers)
    assert (result.total, result.band, result.complete, result.missing) == (None, None, False, (3,))
    assert list(result.profile) == [item.id for item in defn.items]
    assert result.profile[defn.items[2].id] is None
    assert result.profile[defn.items[0].id] == 1


def test_area_wise_instruments_never_total():
    assert score("3x10d", [10] * 10).total is None
    assert score("3x10d", [10] * 10).complete is True


# --- refused input names the item -------------------------------------------------


REFUSED = [
    ("was", [11], 1, "0–10"),
    ("was", [-1], 1, "0–10"),
    ("inclusion", [3] * 9 + [0], 10, "Väittämä 10"),
    ("3x10d", [5, 5, 11] + [5] * 7, 3, "Asuminen"),
    ("gad7", [0, 0, 0, 4, 0, 0, 0], 4, "0–3"),
    ("bdi", [0] * 20 + [4], 21, "Kysymys 21"),
    ("bdi2", [0] * 8 + [7] + [0] * 12, 9, "Kysymys 9"),
    ("situation", [6] + [0] * 11, 1, "Fyysinen terveys"),
    ("audit", [0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5], 10, "Kysymys 10"),
    ("gad7", ["2", 0, 0, 0, 0, 0, 0], 1, "Kysymys 1"),
    ("was", [True], 1, "Kysymys 1"),
]


@pytest.mark.parametrize(("instrument_id", "answers", "item", "text"), REFUSED)
def test_out_of_range_is_refused_naming_the_item(instrument_id, answers, item, text):
    with pytest.raises(ValueError, match=rf"Kysymys {item}\b|Väittämä {item}\b") as err:
        score(instrument_id, answers)
    assert text in str(err.value)
    assert err.value.item == item


@pytest.mark.parametrize(("instrument_id", "length"),
                         [("was", 2), ("was", 0), ("audit", 9), ("gad7", 8), ("bdi", 20),
                          ("bdi2", 2), ("3x10d", 11), ("situation", 10), ("inclusion", 1)])
def test_wrong_length_is_refused(instrument_id, length):
    defn = inst.definition(instrument_id)
    with pytest.raises(ValueError, match=rf"odotettiin {len(defn.items)} vastausta.*saatiin {length}"):
        score(instrument_id, [0] * length)


def test_answers_must_be_a_list():
    with pytest.raises(ValueError):
        score("gad7", "0000000")


def test_unknown_instrument():
    with pytest.raises(ValueError, match="unknown instrument"):
        score("phq9", [0] * 9)


# --- BDI: total only and the item-9 safety flag -------------------------------------


@pytest.mark.parametrize("instrument_id", ["bdi", "bdi2"])
def test_item9_flag_item_by_item(instrument_id):
    answers = [0] * 21
    assert score(instrument_id, answers).flags == ()
    answers[8] = 1
    result = score(instrument_id, answers)
    assert result.flags == ("bdi_item9",)
    answers[8] = None
    assert score(instrument_id, answers).flags == ("bdi_item9_unknown",)


@pytest.mark.parametrize("instrument_id", ["bdi", "bdi2"])
@pytest.mark.parametrize(("box", "flags"),
                         [(True, ("bdi_item9",)), (False, ()), (None, ("bdi_item9_unknown",))])
def test_total_only_with_item9_box(instrument_id, box, flags):
    result = score(instrument_id, [12], safety_answer=box)
    assert (result.total, result.complete, result.total_only, result.answers) == (12, True, True, ())
    assert result.flags == flags


@pytest.mark.parametrize("total", [-1, 64, 12.5, "12"])
def test_total_only_range(total):
    with pytest.raises(AnswerError, match="Kokonaispistemäärä"):
        score("bdi", [total])


def test_total_only_left_empty():
    result = score("bdi2", [None], safety_answer=False)
    assert (result.total, result.band, result.complete) == (None, None, False)


def test_total_only_is_only_for_bdi():
    with pytest.raises(ValueError, match="odotettiin 7"):
        score("gad7", [10])
    with pytest.raises(ValueError):
        score("gad7", [0] * 7, safety_answer=True)


def test_bdi_item9_is_marked_in_the_definition():
    for instrument_id in ("bdi", "bdi2"):
        defn = inst.definition(instrument_id)
        assert [i.number for i in defn.items if i.safety_flag] == [9]
        assert defn.total_only_allowed
        # Copyrighted: only numbered labels, no wording.
        assert all(item.label["fi"] == f"Kysymys {item.number}" for item in defn.items)


# --- definitions ---------------------------------------------------------------


def _label_ok(label):
    return all(isinstance(label.get(lang), str) and label[lang].strip() for lang in LANGS)


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_every_definition_loads_with_three_languages(instrument_id):
    defn = inst.definition(instrument_id)
    assert (defn.id, defn.version) == (instrument_id, 1)
    assert defn.source and defn.licence_note
    assert defn.better in ("higher", "lower")
    assert _label_ok(defn.title)
    for item in defn.items:
        assert _label_ok(item.label)
        assert item.values
        for anchor in item.anchors:
            assert _label_ok(anchor.label)
    for band in defn.bands:
        assert _label_ok(band.label)
    if defn.bands:
        assert defn.bands[0].min == defn.total_min and defn.bands[-1].max == defn.total_max
    else:
        assert _label_ok(defn.no_bands_reason)


def test_every_json_file_is_a_listed_instrument():
    names = {p.name for p in resource_path("instruments").iterdir() if p.suffix == ".json"}
    assert names == {f"{i}.v1.json" for i in ALL_IDS} | {"sets.json"}
    for name in names:
        json.loads(resource_path("instruments", name).read_text(encoding="utf-8"))


def test_item_counts_and_scales():
    counts = {"was": 1, "inclusion": 10, "3x10d": 10, "audit": 10, "gad7": 7, "bdi": 21, "bdi2": 21,
              "situation": 12}
    assert {i: len(inst.definition(i).items) for i in ALL_IDS} == counts
    assert inst.definition("situation").item(12).values == tuple(range(6))
    assert inst.definition("inclusion").item(1).values == (1, 2, 3, 4, 5)
    assert inst.definition("audit").item(8).values == (0, 1, 2, 3, 4)
    assert inst.definition("audit").item(9).values == (0, 2, 4)


def test_inclusion_has_no_bands_by_design():
    defn = inst.definition("inclusion")
    assert defn.bands == () and "THL" in defn.no_bands_reason["fi"]


def test_sets_and_listing():
    assert inst.prom_set() == ("was", "inclusion", "3x10d")
    assert inst.intake_options() == ("audit", "bdi", "bdi2", "gad7")
    assert set(inst.list_instruments()) == set(ALL_IDS)
    assert inst.list_instruments()[:3] == inst.prom_set()


def test_definitions_are_cached_and_versions_checked():
    assert inst.definition("gad7") is inst.definition("gad7", 1)
    with pytest.raises(ValueError):
        inst.definition("gad7", 99)


def test_score_records_the_version():
    assert score("gad7", [0] * 7, version=1).version == 1


# --- change -------------------------------------------------------------------


CHANGES = [
    # instrument, before total, after total, delta, direction, clear
    ("was", 5, 6, 1, "same", False),
    ("was", 6, 5, -1, "same", False),
    ("was", 5, 7, 2, "better", True),
    ("was", 8, 6, -2, "worse", True),
    ("was", 4, 4, 0, "same", False),
    ("gad7", 12, 8, -4, "better", True),
    ("gad7", 5, 9, 4, "worse", True),
    ("audit", 16, 10, -6, "better", True),
    ("bdi2", 20, 25, 5, "worse", True),
    ("bdi", 30, 30, 0, "same", False),
    ("inclusion", 30, 35, 5, "better", True),
    ("inclusion", 30, 25, -5, "worse", True),
]


@pytest.mark.parametrize(("instrument_id", "before", "after", "delta", "direction", "clear"), CHANGES)
def test_change_classification(instrument_id, before, after, delta, direction, clear):
    result = change(instrument_id,
                    score(instrument_id, answers_summing_to(instrument_id, before)),
                    score(instrument_id, answers_summing_to(instrument_id, after)))
    assert (result.delta, result.direction, result.clear) == (delta, direction, clear)


def test_change_with_bdi_totals_only():
    result = change("bdi2", score("bdi2", [25], safety_answer=False), score("bdi2", [15], safety_answer=False))
    assert (result.delta, result.direction) == (-10, "better")


def test_change_unknown_when_a_total_is_missing():
    result = change("gad7", score("gad7", [1] * 6 + [None]), score("gad7", [1] * 7))
    assert (result.delta, result.direction, result.clear) == (None, None, False)


def test_change_refuses_mixed_instruments():
    with pytest.raises(ValueError):
        change("gad7", score("was", [5]), score("gad7", [0] * 7))


def test_3x10d_change_is_per_area():
    before = score("3x10d", [5] * 10)
    after = score("3x10d", [7, 5, 4] + [5] * 6 + [None])
    result = change("3x10d", before, after)
    assert (result.delta, result.direction) == (None, None)
    assert (result.areas["health"].delta, result.areas["health"].direction) == (2, "better")
    assert result.areas["overcoming_difficulties"].direction == "same"
    assert result.areas["housing"].direction == "worse"
    assert result.areas["life_as_whole"].direction is None
    assert list(result.areas) == [i.id for i in inst.definition("3x10d").items]


# --- situation picture -------------------------------------------------------------


def test_situation_three_outlines():
    start = [1] * 12
    now = [2] * 11 + [None]
    target = [4] * 12
    picture = inst.score_situation(start, now, target)
    assert picture.start.complete and picture.target.complete and not picture.now.complete
    assert picture.now.missing == (12,)
    assert picture.progress.areas["physical_health"].direction == "better"
    assert picture.progress.areas["job_seeking"].direction is None
    assert picture.to_target["physical_health"] == 2
    assert picture.to_target["job_seeking"] is None


def test_situation_outline_may_be_absent():
    picture = inst.score_situation([3] * 12, None, None)
    assert all(v is None for v in picture.now.profile.values())
    assert all(c.direction is None for c in picture.progress.areas.values())


def test_situation_error_names_outline_and_domain():
    with pytest.raises(AnswerError, match=r"^Tavoitetila: Kysymys 4 \(Päihteiden käyttö\)") as err:
        inst.score_situation([0] * 12, [0] * 12, [5, 5, 5, 9] + [5] * 8)
    assert err.value.item == 4


# --- properties ------------------------------------------------------------------


@given(st.data())
def test_any_complete_valid_form_scores_within_range(data):
    instrument_id = data.draw(st.sampled_from(["was", "inclusion", "audit", "gad7", "bdi", "bdi2"]))
    defn = inst.definition(instrument_id)
    answers = [data.draw(st.sampled_from(item.values)) for item in defn.items]
    result = score(instrument_id, answers)
    assert result.total == sum(answers)
    assert defn.total_min <= result.total <= defn.total_max
    assert result.complete
    assert (result.band is None) == (not defn.bands)


@given(st.integers(0, 12), st.sampled_from(["female", "male", None]), st.one_of(st.none(), st.integers(0, 110)))
def test_audit_c_unknowns_never_contradict_known(total, sex, age):
    verdict = inst.audit_c_risky(total, sex, age)
    if verdict is None:
        return
    for s in ([sex] if sex else ["female", "male"]):
        for a in ([age] if age is not None else [30, 70]):
            assert inst.audit_c_risky(total, s, a) is verdict
