"""Consent validity at its edges (pure rules, no database)."""
from datetime import date, timedelta

import pytest

from tyokykytiimi.models.consents import (Consent, covers, is_valid_on, load_purposes, missing,
                                          purpose_codes, state_on)

TODAY = date(2026, 3, 10)
ORG = "11111111-1111-1111-1111-111111111111"


def consent(**kw):
    base = dict(client_id="c", given_on=date(2026, 1, 1), method="verbal",
                purposes='["network", "disclosure"]', org_ids=f'["{ORG}"]',
                party_names='["Aino Vertainen"]')
    base.update(kw)
    return Consent(**base)


@pytest.mark.parametrize("kw, day, state", [
    ({}, TODAY, "valid"),
    ({"valid_until": TODAY}, TODAY, "valid"),                      # valid until today: still valid
    ({"valid_until": TODAY - timedelta(days=1)}, TODAY, "lapsed"),
    ({"withdrawn_on": TODAY - timedelta(days=1)}, TODAY, "withdrawn"),  # withdrawn yesterday
    ({"withdrawn_on": TODAY}, TODAY, "withdrawn"),                   # takes effect the same day
    ({"withdrawn_on": TODAY + timedelta(days=1)}, TODAY, "valid"),
    ({"given_on": TODAY}, TODAY, "valid"),                          # given today
    ({"given_on": TODAY + timedelta(days=1)}, TODAY, "not_yet"),
    ({"method": "paper"}, TODAY, "unsigned"),
    ({"method": "paper", "signed": True}, TODAY, "valid"),
    ({"method": "electronic"}, TODAY, "valid"),
])
def test_states_at_the_edges(kw, day, state):
    c = consent(**kw)
    assert state_on(c, day) == state
    assert is_valid_on(c, day) is (state == "valid")


def test_soft_deleted_consent_is_not_valid():
    from tyokykytiimi.models.base import utcnow
    assert not is_valid_on(consent(deleted_at=utcnow()), TODAY)


def test_covers_party_and_purpose():
    cs = [consent()]
    assert covers(cs, ORG, "network", TODAY)
    assert covers(cs, "aino  VERTAINEN", "disclosure", TODAY)  # names match loosely
    assert not covers(cs, ORG, "plan_recording", TODAY)
    assert not covers(cs, "Someone Else", "network", TODAY)
    assert not covers([consent(withdrawn_on=TODAY - timedelta(days=1))], ORG, "network", TODAY)
    assert missing(cs, [ORG, "Kela"], "network", TODAY) == ["Kela"]


def test_purposes_definition_is_complete():
    assert purpose_codes() == ("disclosure", "network", "consultation", "plan_recording")
    for p in load_purposes():
        for lang in ("fi", "sv", "en"):
            assert p.label_in(lang) and p.text_in(lang)
