"""The per-workstation language file and the start-up order flag > file > system locale."""
import json
import os

import pytest

from tyokykytiimi import language
from tyokykytiimi.store import workstation
from tyokykytiimi.store.errors import InvalidInput


def test_missing_file_means_no_choice(tmp_path):
    assert workstation.read(tmp_path) == {}
    assert workstation.stored_language(tmp_path) is None


def test_language_round_trip_is_plain_json_without_personal_data(tmp_path):
    data_dir = tmp_path / "new"  # not there yet: made on write
    workstation.set_language(data_dir, "sv")
    assert workstation.stored_language(data_dir) == "sv"
    assert json.loads((data_dir / "workstation.json").read_text("utf-8")) == {"language": "sv"}
    workstation.set_language(data_dir, "en")
    assert workstation.stored_language(data_dir) == "en"
    assert not [p for p in data_dir.iterdir() if p.name != "workstation.json"]  # no temp left


def test_write_keeps_other_keys(tmp_path):
    workstation.write(tmp_path, {"other": 1})
    workstation.set_language(tmp_path, "fi")
    assert workstation.read(tmp_path) == {"other": 1, "language": "fi"}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"language": "de"}',
                                     '{"language": 3}', ""])
def test_damaged_or_unknown_content_is_ignored(tmp_path, content):
    (tmp_path / "workstation.json").write_text(content, "utf-8")
    assert workstation.stored_language(tmp_path) is None
    assert workstation.choose_language(None, tmp_path, "sv_FI") == "sv"


def test_unknown_language_refused(tmp_path):
    with pytest.raises(InvalidInput) as info:
        workstation.set_language(tmp_path, "de")
    assert info.value.field == "language"
    assert not (tmp_path / "workstation.json").exists()


@pytest.mark.parametrize("name, expected", [
    ("fi_FI", "fi"), ("sv_FI", "sv"), ("sv_SE", "sv"), ("en_GB", "en"), ("en-US", "en"),
    ("de_DE", "fi"), ("C", "fi"), ("", "fi"), (None, "fi")])
def test_system_language(name, expected):
    assert workstation.system_language(name) == expected


def test_order_flag_then_file_then_system(tmp_path):
    assert workstation.choose_language(None, tmp_path, "en_US") == "en"
    workstation.set_language(tmp_path, "sv")
    assert workstation.choose_language(None, tmp_path, "en_US") == "sv"
    assert workstation.choose_language("en", tmp_path, "fi_FI") == "en"
    assert workstation.choose_language("xx", tmp_path, "fi_FI") == "sv"


def test_store_messages_follow_the_language(tmp_path):
    try:
        language.set_language("sv")
        with pytest.raises(InvalidInput) as info:
            workstation.set_language(tmp_path, "de")
        assert info.value.message == "Språket är okänt."
    finally:
        language.set_language("fi")


def test_app_start_language_reads_the_file(tmp_path):
    from tyokykytiimi.app import start_language
    workstation.set_language(tmp_path, "sv")
    assert start_language(None, tmp_path) == "sv"
    assert start_language("en", tmp_path) == "en"
    os.remove(tmp_path / "workstation.json")
    assert start_language(None, tmp_path) in language.LANGUAGES
