"""The command line, run in-process with the password from the environment."""
import pytest

from tyokykytiimi.cli import main
from tyokykytiimi.store.instance import InstanceLock

PW = "Kissa-istuu-puussa-7"


@pytest.fixture
def env_password(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", PW)


def test_init_check_backup_restore(tmp_path, env_password, capsys):
    d = tmp_path / "d"
    assert main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"]) == 0
    out = capsys.readouterr().out
    assert "Palautusavain" in out
    assert main(["check", "--data-dir", str(d), "--user", "kaisa"]) == 0
    assert "eheä" in capsys.readouterr().out
    target = tmp_path / "b.tkbackup"
    assert main(["backup", "--data-dir", str(d), "--user", "kaisa", "--to", str(target)]) == 0
    assert target.exists()
    assert main(["restore", "--data-dir", str(d), "--user", "kaisa", "--from", str(target)]) == 0


def test_wrong_password_exit_3_one_line(tmp_path, env_password, monkeypatch, capsys):
    d = tmp_path / "d"
    main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"])
    capsys.readouterr()
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", "väärä-salasana-1")
    assert main(["check", "--data-dir", str(d), "--user", "kaisa"]) == 3
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "Salasana on väärä" in err


def test_missing_and_locked_database(tmp_path, env_password, capsys):
    d = tmp_path / "d"
    assert main(["check", "--data-dir", str(d), "--user", "kaisa"]) != 0
    assert "Tietokantaa ei löydy" in capsys.readouterr().err
    main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"])
    lock = InstanceLock(d).acquire()
    try:
        assert main(["check", "--data-dir", str(d), "--user", "kaisa"]) == 5
        assert "jo käynnissä" in capsys.readouterr().err
    finally:
        lock.release()


def test_check_fails_on_tampered_chain(tmp_path, env_password, capsys):
    d = tmp_path / "d"
    main(["init", "--data-dir", str(d), "--team", "Tiimi", "--user", "kaisa"])
    from tyokykytiimi.store.unlock import open_store
    s = open_store(d, "kaisa", PW)
    with s.session() as ses:
        ses.connection().exec_driver_sql(
            "UPDATE audit_entries SET action = 'sign_ix' WHERE action = 'sign_in'")
    s.close()
    assert main(["check", "--data-dir", str(d), "--user", "kaisa"]) == 1
    assert "ketju katkeaa" in capsys.readouterr().err


def test_weak_password_refused(tmp_path, env_password, monkeypatch, capsys):
    monkeypatch.setenv("TYOKYKYTIIMI_PASSWORD", "lyhyt")
    assert main(["init", "--data-dir", str(tmp_path / "d"), "--team", "T", "--user", "k"]) == 2
    assert "vähintään 10" in capsys.readouterr().err


def test_no_password_source(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.delenv("TYOKYKYTIIMI_PASSWORD", raising=False)
    assert main(["init", "--data-dir", str(tmp_path / "d"), "--team", "T", "--user", "k"]) == 2
    assert "TYOKYKYTIIMI_PASSWORD" in capsys.readouterr().err


def test_demo_command(tmp_path, env_password, capsys):
    d = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(d), "--clients", "20"]) == 0
    assert "demo" in capsys.readouterr().out


def test_help_and_mistakes_in_the_users_language(capsys, tmp_path, monkeypatch):
    """--help, a description for every command, one line for a mistake, and --version."""
    import pytest

    from tyokykytiimi import __version__, cli, language
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    try:
        with pytest.raises(SystemExit) as done:
            cli.main(["--data-dir", str(tmp_path), "--help"])
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("användning: tyokykytiimi")
        assert "återställ databasen från en säkerhetskopia" in out
        for command in ("check", "backup", "restore"):
            with pytest.raises(SystemExit):
                cli.main(["--lang", "fi", command, "--help"])
            text = capsys.readouterr().out
            assert text.startswith("käyttö: tyokykytiimi " + command)
            assert "valinnat:" in text and ("Tarkistaa" in text or "Kirjoittaa" in text)
        with pytest.raises(SystemExit) as done:
            cli.main(["--lang", "fi", "backup", "--data-dir", str(tmp_path)])
        assert done.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err == ["tyokykytiimi backup: Puuttuu: --user, --to.",
                       "Katso: tyokykytiimi backup --help"]
        with pytest.raises(SystemExit) as done:
            cli.main(["--version"])
        assert capsys.readouterr().out.strip() == f"Työkykytiimi {__version__}"
    finally:
        language.set_language(language.DEFAULT)
