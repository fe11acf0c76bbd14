"""Importing a malformed service-map file: a report of what is wrong where, nothing imported."""
from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tyokykytiimi.store import servicemap as sm
from tyokykytiimi.store.servicemap import ImportRejected

HEADER = ",".join(sm.COLUMNS) + "\n"
GOOD_ORG = "organisation,kela-x,,Kela X,kela,Koivula,,,,,,,,,,2026-01-01\n"


def _json(orgs) -> bytes:
    return json.dumps({"format": sm.FORMAT, "version": 1, "organisations": orgs}).encode()


MALFORMED = {
    "latin1.csv": (HEADER + "organisation,kela-x,,Kelan ty\xf6kyky,kela,,,,,,,,,,,\n").encode("latin-1"),
    "utf16.csv": (HEADER + GOOD_ORG).encode("utf-16"),
    "utf16.json": json.dumps({"format": sm.FORMAT}).encode("utf-16"),
    "latin1.json": '{"format": "tyokykytiimi-servicemap", "organisations": [{"name": "\xf6"}]}'.encode("latin-1"),
    "long_field.csv": (HEADER + "organisation,kela-x,,"
                       + "A" * 131_072 + ",kela,,,,,,,,,,,\n").encode(),
    "long_name.json": _json([{"ref": "x", "name": "A" * 131_072, "sector": "kela"}]),
    "nested.json": b'{"format": "tyokykytiimi-servicemap", "organisations": '
                   + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "digits.json": b'{"format": "tyokykytiimi-servicemap", "organisations": [{"ref": '
                   + b"9" * 5000 + b"}]}",
    "surrogate.json": b'{"format": "tyokykytiimi-servicemap", "organisations": '
                      b'[{"ref": "x", "name": "\\ud800", "sector": "kela"}]}',
    "orgs_string.json": _json("kela"),
    "org_list.json": _json([["kela"]]),
    "services_dict.json": _json([{"ref": "x", "name": "X", "sector": "kela",
                                  "services": {"a": 1}}]),
    "domains_int.json": _json([{"ref": "x", "name": "X", "sector": "kela", "services": [
        {"ref": "s", "name": "S", "domains": 5}]}]),
    "name_object.json": _json([{"ref": "x", "name": {"fi": "X"}, "sector": "kela"}]),
    "top_list.json": b"[1, 2, 3]",
    "nul.csv": (HEADER + "organisation,kela-x,,Kela\x00,kela,,,,,,,,,,,\n").encode(),
    "binary.csv": bytes(range(256)) * 4,
    "empty.csv": b"",
    "quote.csv": (HEADER + 'organisation,"kela-x,,Kela,kela\n').encode(),
    "big.csv": None,  # built in the test: over the size limit
}


def _count(store) -> int:
    return len(sm.list_organisations(store))


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_gets_a_report_and_nothing_is_imported(store, tmp_path, name):
    path = tmp_path / name
    if MALFORMED[name] is None:
        with open(path, "wb") as f:
            f.write(HEADER.encode())
            f.write(GOOD_ORG.encode() * (12 * 1024 * 1024 // len(GOOD_ORG)))
    else:
        path.write_bytes(MALFORMED[name])
    before = _count(store)
    with pytest.raises(ImportRejected) as caught:
        sm.import_file(store, path)
    assert caught.value.problems and caught.value.message.count("\n") <= 51
    assert _count(store) == before


def test_a_50_mb_file_stays_small_in_memory(store, tmp_path):
    path = tmp_path / "iso.csv"
    with open(path, "wb") as f:
        f.write(HEADER.encode())
        line = GOOD_ORG.encode()
        f.write(line * (50 * 1024 * 1024 // len(line)))
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected):
            sm.import_file(store, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_the_sample_still_imports(store, tmp_path):
    result = sm.import_sample(store)
    assert result.created > 10


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=20)


def _map_like(value):
    return st.fixed_dictionaries({"format": st.just(sm.FORMAT), "organisations": value})


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".json"]))
def test_arbitrary_bytes_never_crash(store, tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("b") / f"map{suffix}"
    path.write_bytes(data)
    _import_or_report(store, path)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=_json_values | _map_like(_json_values)
       | _map_like(st.lists(st.dictionaries(st.sampled_from(
           ["ref", "name", "sector", "services", "contacts", "area", "phone"]),
           _json_values, max_size=6), max_size=3)))
def test_arbitrary_json_never_crashes(store, tmp_path_factory, value):
    path = tmp_path_factory.mktemp("j") / "map.json"
    path.write_text(json.dumps(value), "utf-8")
    _import_or_report(store, path)


def _import_or_report(store, path):
    before = _count(store)
    try:
        sm.import_file(store, path)
    except ImportRejected as exc:
        assert exc.problems
        assert _count(store) == before


def test_cancel_midway_imports_nothing(store):
    from tyokykytiimi.paths import resource_path
    from tyokykytiimi.ui.worker import Cancelled
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) > 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        sm.import_file(store, resource_path("servicemap", "sample.json"), progress)
    assert sm.list_organisations(store) == []
