"""The consent warning names the real reason and the action that fixes it (issue 15.6)."""
from datetime import timedelta

import pytest

from tyokykytiimi.store import consents as cs
from tyokykytiimi.store.clients import create_client
from tyokykytiimi.store.errors import InvalidInput


def _reason(store, client, party="Kela", purpose="network"):
    with pytest.raises(cs.ConsentMissing) as err:
        cs.check_consent(store, client.id, [party], purpose)
    return err.value


@pytest.fixture
def client(store):
    return create_client(store, first_name="Aino", last_name="Virta")


def test_no_consent_at_all(store, client):
    e = _reason(store, client)
    assert (e.reason, e.action, e.consent_id) == ("none", "record", None)


def test_paper_not_signed_yet_offers_mark_signed_with_a_date(store, client, today):
    c = cs.record_consent(store, client.id, purposes=["network"], party_names=["Kela"],
                          given_on=today - timedelta(days=2), method="paper")
    e = _reason(store, client)
    assert (e.reason, e.action, e.consent_id) == ("unsigned", "mark_signed", c.id)
    assert "not been marked signed" in e.render("en")
    with pytest.raises(InvalidInput):
        cs.mark_signed(store, c.id, signed_on=today - timedelta(days=5))  # before given
    cs.mark_signed(store, c.id, signed_on=today - timedelta(days=1))
    cs.check_consent(store, client.id, ["Kela"], "network")
    assert cs.get_consent(store, c.id).signed_on == today - timedelta(days=1)


def test_expired_withdrawn_purpose_and_party(store, client, today):
    old = cs.record_consent(store, client.id, purposes=["network"], party_names=["Kela"],
                            given_on=today - timedelta(days=400), method="verbal",
                            valid_until=today - timedelta(days=30))
    e = _reason(store, client)
    assert (e.reason, e.action, e.consent_id) == ("lapsed", "extend", old.id)
    cs.update_consent(store, old.id, valid_until=None)
    cs.withdraw_consent(store, old.id, on=today, how="verbal")
    assert _reason(store, client).reason == "withdrawn"
    other = cs.record_consent(store, client.id, purposes=["disclosure"], party_names=["TE"],
                              given_on=today, method="verbal")
    e = _reason(store, client, party="TE")
    assert (e.reason, e.consent_id) == ("purpose", other.id)
    e = _reason(store, client, party="Kuntoutus Oy", purpose="disclosure")
    assert (e.reason, e.action) == ("party", "extend")
