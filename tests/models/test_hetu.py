"""Henkilötunnus: table-driven cases and property tests."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tyokykytiimi.models.hetu import (
    CENTURY_SIGNS,
    InvalidHetu,
    age_on,
    make_hetu,
    parse_hetu,
)

# Independent of the module under test: the published check-character table.
ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGN_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def oracle_check(nine_digits: str) -> str:
    return ALPHABET[int(nine_digits) % 31]


def oracle_valid(code: str) -> bool:
    if len(code) != 11:
        return False
    dd, sign, nnn, z = code[:6], code[6], code[7:10], code[10]
    if not (dd.isascii() and dd.isdigit() and nnn.isascii() and nnn.isdigit()):
        return False
    if sign not in SIGN_CENTURY:
        return False
    try:
        date(SIGN_CENTURY[sign] + int(dd[4:]), int(dd[2:4]), int(dd[:2]))
    except ValueError:
        return False
    return int(nnn) >= 2 and z == oracle_check(dd + nnn)


# --- valid codes -------------------------------------------------------------

@pytest.mark.parametrize("sign", sorted(SIGN_CENTURY))
def test_every_century_sign_is_valid(sign):
    yy = "52"
    code = f"1310{yy}{sign}308{oracle_check('1310' + yy + '308')}"
    hetu = parse_hetu(code)
    assert hetu.birth_date == date(SIGN_CENTURY[sign] + 52, 10, 13)
    assert hetu.century_sign == sign
    assert hetu.code == code


def test_sign_is_not_covered_by_check_char():
    # The check character ignores the sign: a mistyped sign yields another
    # person's valid code, so the UI must show the birth date for confirmation.
    assert parse_hetu("131052A308T").birth_date == date(2052, 10, 13)
    assert parse_hetu("131052Y308T").code != parse_hetu("131052-308T").code


def test_signs_table_matches_module():
    assert CENTURY_SIGNS == SIGN_CENTURY


@pytest.mark.parametrize(
    "code, birth, sex, individual, temporary",
    [
        ("131052-308T", date(1952, 10, 13), "female", 308, False),
        ("010100A002H", date(2000, 1, 1), "female", 2, False),
        ("290200A003" + oracle_check("290200003"), date(2000, 2, 29), "male", 3, False),
        ("311299+899" + oracle_check("311299899"), date(1899, 12, 31), "male", 899, False),
        ("010190-900" + oracle_check("010190900"), date(1990, 1, 1), "female", 900, True),
        ("010190-999" + oracle_check("010190999"), date(1990, 1, 1), "male", 999, True),
    ],
)
def test_parts(code, birth, sex, individual, temporary):
    hetu = parse_hetu(code)
    assert (hetu.birth_date, hetu.sex, hetu.individual, hetu.temporary) == (
        birth, sex, individual, temporary)


@pytest.mark.parametrize("text", [" 131052-308T", "131052-308T ", "\t131052-308T\n"])
def test_surrounding_whitespace_is_tolerated(text):
    assert parse_hetu(text).code == "131052-308T"


# --- errors --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code, message",
    [
        ("", "length", "Henkilötunnuksessa pitää olla 11 merkkiä"),
        ("131052-308", "length", "Henkilötunnuksessa pitää olla 11 merkkiä"),
        ("131052-308TT", "length", "Henkilötunnuksessa pitää olla 11 merkkiä"),
        ("131052 -308T", "length", "Henkilötunnuksessa pitää olla 11 merkkiä"),
        ("131052-308t", "lowercase", "Kirjoita kirjaimet isoina"),
        ("010100a002H", "lowercase", "Kirjoita kirjaimet isoina"),
        ("1310x2-308T", "format", "kuuden ensimmäisen merkin"),
        ("131052-3o8T", "format", "kolme numeroa"),
        ("1310X2-308T", "format", "kuuden ensimmäisen merkin"),
        ("131052-3O8T", "format", "kolme numeroa"),
        ("131052Q308T", "century", "Vuosisatamerkki ”Q” ei ole käytössä"),
        ("131052G308T", "century", "Vuosisatamerkki ”G” ei ole käytössä"),
        ("131052 308T", "century", "Vuosisatamerkki ” ” ei ole käytössä"),
        ("300290-123A", "date", "Päivämäärää 30.02.1990 ei ole"),
        ("290200-123A", "date", "Päivämäärää 29.02.1900 ei ole"),
        ("001090-123A", "date", "Päivämäärää 00.10.1990 ei ole"),
        ("011390-123A", "date", "Päivämäärää 01.13.1990 ei ole"),
        ("131052-001T", "individual", "Yksilönumero 001 ei ole käytössä"),
        ("131052-000T", "individual", "Yksilönumero 000 ei ole käytössä"),
        ("131052-308U", "checksum", "Tarkistemerkki ei täsmää"),
        ("131052-308Z", "checksum", "Tarkistemerkki ei täsmää"),
    ],
)
def test_errors(text, code, message):
    with pytest.raises(InvalidHetu) as caught:
        parse_hetu(text)
    assert caught.value.code == code
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)


# --- make_hetu and age -------------------------------------------------------------

@pytest.mark.parametrize(
    "birth, sign", [(date(1852, 1, 1), "+"), (date(1952, 1, 1), "-"), (date(2005, 1, 1), "A")]
)
def test_make_hetu_default_sign(birth, sign):
    assert make_hetu(birth, 123)[6] == sign


@pytest.mark.parametrize(
    "birth, individual, sign",
    [(date(1952, 1, 1), 1, None), (date(1952, 1, 1), 1000, None),
     (date(1952, 1, 1), 123, "A"), (date(2005, 1, 1), 123, "-"), (date(1799, 1, 1), 123, None)],
)
def test_make_hetu_refuses_bad_input(birth, individual, sign):
    with pytest.raises(ValueError):
        make_hetu(birth, individual, sign)


@pytest.mark.parametrize(
    "birth, on, age",
    [
        (date(1990, 6, 15), date(2025, 6, 14), 34),
        (date(1990, 6, 15), date(2025, 6, 15), 35),
        (date(2004, 2, 29), date(2022, 2, 28), 17),
        (date(2004, 2, 29), date(2022, 3, 1), 18),
        (date(2004, 2, 29), date(2024, 2, 29), 20),
    ],
)
def test_age_on(birth, on, age):
    assert age_on(birth, on) == age


# --- properties ----------------------------------------------------------------------

dates_1800_2099 = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def built_codes(draw):
    birth = draw(dates_1800_2099)
    signs = [s for s, c in SIGN_CENTURY.items() if c == birth.year // 100 * 100]
    sign = draw(st.sampled_from([None, *signs]))
    individual = draw(st.integers(min_value=2, max_value=999))
    return birth, individual, sign, make_hetu(birth, individual, sign)


@given(built_codes())
def test_make_hetu_round_trips(case):
    birth, individual, sign, code = case
    hetu = parse_hetu(code)
    assert hetu.birth_date == birth
    assert hetu.individual == individual
    assert hetu.sex == ("female" if individual % 2 == 0 else "male")
    assert hetu.temporary == (individual >= 900)
    if sign is not None:
        assert hetu.century_sign == sign
    assert oracle_valid(code)


substitutes = st.one_of(
    st.sampled_from("0123456789+-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefyz ."),
    st.characters(),
)


@settings(max_examples=400)
@given(built_codes(), st.integers(min_value=0, max_value=10), substitutes)
def test_single_substitution_is_caught_or_still_valid(case, position, char):
    code = case[3]
    mutated = code[:position] + char + code[position + 1:]
    expected_valid = oracle_valid(mutated.strip())
    try:
        hetu = parse_hetu(mutated)
    except InvalidHetu:
        assert not expected_valid, mutated
    else:
        assert expected_valid, mutated
        assert hetu.code == mutated.strip()
