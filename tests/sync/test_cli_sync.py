"""sync, join, devices and check --digest from the command line, as scripts use them."""
from __future__ import annotations

import re

import pytest

from tyokykytiimi.cli import main

PW = "Kissa-istuu-puussa-7"


@pytest.fixture
def env_password(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", PW)


def _digest(capsys, d) -> str:
    assert main(["check", "--data-dir", str(d), "--user", "kaisa", "--digest"]) == 0
    out = capsys.readouterr().out
    return re.search(r"content digest: ([0-9a-f]{64})", out).group(1)


def test_two_workstations_join_and_converge(tmp_path, env_password, capsys):
    d1, d2, folder = tmp_path / "d1", tmp_path / "d2", tmp_path / "shared"
    folder.mkdir()
    assert main(["init", "--data-dir", str(d1), "--team", "Tiimi", "--user", "kaisa"]) == 0
    assert main(["sync", "--data-dir", str(d1), "--user", "kaisa", "--folder",
                 str(folder)]) == 0
    assert re.search(r"sent \d+, received 0, conflicts 0\s*$", capsys.readouterr().out)
    assert main(["join", "--data-dir", str(d2), "--folder", str(folder), "--user",
                 "kaisa"]) == 9
    fp = re.search(r"(\d{4} \d{4} \d{4})", capsys.readouterr().out).group(1)
    assert main(["devices", "--data-dir", str(d1), "--user", "kaisa", "--approve",
                 "0000 0000 0001"]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
    assert main(["devices", "--data-dir", str(d1), "--user", "kaisa", "--approve", fp]) == 0
    assert main(["join", "--data-dir", str(d2), "--folder", str(folder), "--user",
                 "kaisa"]) == 0
    capsys.readouterr()
    for d in (d1, d2, d1):
        assert main(["sync", "--data-dir", str(d), "--user", "kaisa"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"sent \d+, received \d+, conflicts 0", last)
    assert _digest(capsys, d1) == _digest(capsys, d2)
    assert main(["devices", "--data-dir", str(d2), "--user", "kaisa"]) == 0
    assert fp in capsys.readouterr().out


def test_bad_folder_is_one_line_and_non_zero(tmp_path, env_password, capsys):
    d = tmp_path / "d"
    main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"])
    capsys.readouterr()
    code = main(["sync", "--data-dir", str(d), "--user", "kaisa", "--folder",
                 str(tmp_path / "ei-ole")])
    err = capsys.readouterr().err
    assert code != 0 and err.strip().count("\n") == 0 and "ei-ole" in err
    code = main(["join", "--data-dir", str(tmp_path / "x"), "--folder",
                 str(tmp_path / "ei-ole"), "--user", "kaisa"])
    assert code != 0 and capsys.readouterr().err.strip().count("\n") == 0
    assert main(["sync", "--data-dir", str(d), "--user", "kaisa"]) == 12  # not set up


def test_a_user_without_the_right_cannot_approve_or_remove(tmp_path, env_password, capsys,
                                                           monkeypatch):
    from tyokykytiimi.store.unlock import open_store
    from tyokykytiimi.store.users import add_user
    d, folder = tmp_path / "d", tmp_path / "shared"
    folder.mkdir()
    main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"])
    main(["sync", "--data-dir", str(d), "--user", "kaisa", "--folder", str(folder)])
    store = open_store(d, "kaisa", PW)
    add_user(store, username="hoitaja", display_name="Hanna", role="nurse",
             password="Sairaanhoidon-sana-42")
    store.close()
    capsys.readouterr()
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", "Sairaanhoidon-sana-42")
    assert main(["devices", "--data-dir", str(d), "--user", "hoitaja", "--approve",
                 "1234 5678 9012"]) == 8
    assert main(["devices", "--data-dir", str(d), "--user", "hoitaja", "--remove", "x"]) == 8
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "Traceback" not in "".join(err)
