"""The service map kept by hand, with the import's checks."""
import pytest

from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store import servicemap_edit as ed
from tyokykytiimi.store.errors import InvalidInput


def test_add_edit_remove_with_the_import_checks(store, tmp_path):
    org = ed.save_organisation(store, name="Oulun Kriisikeskus", sector="third_sector",
                               area="Oulu")
    with pytest.raises(InvalidInput) as err:
        ed.save_organisation(store, name="X", sector="nowhere")
    assert err.value.field == "sector"
    card = ed.save_service(store, organisation_id=org.id, name="Kriisiapu",
                           domains=["social", "health"], phases=["capacity"])
    with pytest.raises(InvalidInput) as err:
        ed.save_contact(store, organisation_id=org.id, name="Pia", email="ei-osoite")
    assert err.value.field == "email"
    person = ed.save_contact(store, organisation_id=org.id, name="Pia Päivystäjä",
                             title="sosiaalityöntekijä", email="pia@example.fi")
    [entry] = sm.search_map(store, "kriisi")
    assert entry.service.id == card.id and [c.id for c in entry.contacts] == [person.id]
    assert not entry.stale  # made by hand today: just checked
    ed.save_organisation(store, org.id, name="Oulun Kriisikeskus ry", sector="third_sector")
    assert sm.search_map(store, "kriisi")[0].organisation.name == "Oulun Kriisikeskus ry"
    # What is made by hand exports and imports back unchanged.
    sm.export_json(store, tmp_path / "kartta.json")
    result = sm.import_file(store, tmp_path / "kartta.json")
    assert result.created == 0 and result.updated == 0
    ed.remove_contact(store, person.id)
    assert sm.search_map(store, "kriisi")[0].contacts == []
    ed.remove_organisation(store, org.id)
    assert sm.search_map(store, "kriisi") == []
