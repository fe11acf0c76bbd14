"""Issue 16.12: the work-ability score and BDI-21 bands carry their source in the data file,
and say honestly whether the bands were checked against it."""
from tyokykytiimi.models.instruments import definition


def test_bands_cite_their_finnish_source():
    was = definition("was").raw["bands_source"]
    assert was["verified"] is True and "Lääkäril 2020" in was["citation"]
    assert [(b.min, b.max) for b in definition("was").bands] == [(0, 5), (6, 7), (8, 10)]
    bdi = definition("bdi").raw["bands_source"]
    assert "Käypä hoito" in bdi["citation"] and bdi["url"].startswith("https://")
    assert bdi["verified"] is False and "NOT VERIFIED" in bdi["note"]


def test_unverified_bands_say_so_wherever_they_are_read():
    bdi, was = definition("bdi"), definition("was")
    moderate = bdi.band_for(23)
    assert moderate.code == "moderate"
    assert bdi.band_text(moderate, "fi") == "Keskivaikea (rajat tarkistamatta)"
    assert bdi.band_text(moderate, "en") == "Moderate (limits not verified)"
    assert was.band_text(was.band_for(9), "fi") == was.band_for(9).label["fi"]  # checked: as is
