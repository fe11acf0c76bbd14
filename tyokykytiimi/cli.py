"""Command line: the program (default), init/check/backup/restore/demo for admins' scripts,
and smoke for build scripts (the program starts, offscreen, on a demo database).

Passwords come from a prompt, or from TYOKYKYTIIMI_PASSWORD when stdin is not a
terminal. A person's mistake gets one line and an exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from . import cli_sync
from .paths import default_data_dir
from .store.errors import InvalidInput, StoreError

PASSWORD_ENV = "TYOKYKYTIIMI_PASSWORD"
COMMANDS = ("init", "check", "backup", "restore", "demo", "smoke")


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _password(prompt: str = "Salasana: ", confirm: bool = False) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Salasana uudelleen: ") != first:
            raise CliError("Salasanat eivät täsmää.")
        return first
    value = os.environ.get(PASSWORD_ENV)
    if value is None:
        raise CliError(f"Anna salasana kehotteessa tai ympäristömuuttujassa {PASSWORD_ENV}.")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tyokykytiimi", description="Työkykytiimi")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="tietokannan kansio (oletus: käyttäjän datakansio)")
    p.add_argument("--demo", action="store_true", help="avaa erillinen demotietokanta")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None)
    sub = p.add_subparsers(dest="command")
    init = sub.add_parser("init", help="luo uusi tietokanta")
    init.add_argument("--data-dir", type=Path, required=True)
    init.add_argument("--team", required=True)
    init.add_argument("--user", required=True)
    init.add_argument("--display-name", default="")
    for name in ("check", "backup", "restore"):
        c = sub.add_parser(name)
        c.add_argument("--data-dir", type=Path, required=True)
        c.add_argument("--user", required=True)
        if name == "backup":
            c.add_argument("--to", type=Path, required=True)
        if name == "restore":
            c.add_argument("--from", dest="source", type=Path, required=True)
    demo = sub.add_parser("demo", help="luo demotietokanta")
    demo.add_argument("--data-dir", type=Path, required=True)
    demo.add_argument("--clients", type=int, default=200)
    demo.add_argument("--seed", type=int, default=2026)
    smoke = sub.add_parser("smoke", help="käynnistystesti demotietokannalla (ikkunaton)")
    smoke.add_argument("--data-dir", type=Path, default=None,
                       help="demotietokannan kansio (oletus: väliaikainen, poistetaan)")
    cli_sync.add_parsers(sub)
    return p


def _open(args):
    from .store.unlock import open_store
    return open_store(args.data_dir, args.user, _password())


def cmd_init(args) -> int:
    from .store.unlock import create_database
    store, recovery = create_database(args.data_dir, team_name=args.team, username=args.user,
                                      display_name=args.display_name or args.user,
                                      password=_password(confirm=True))
    store.close()
    print(f"Tietokanta luotu: {args.data_dir}")
    print("Palautusavain (tulosta ja säilytä lukitussa paikassa, näytetään vain nyt):")
    print(recovery)
    return 0


def cmd_check(args) -> int:
    from .store.audit import verify_chain
    from .store.database import integrity_problems
    store = _open(args)
    try:
        with store.engine.connect() as conn:
            problems = integrity_problems(conn.connection.dbapi_connection)
        chain = verify_chain(store)
        if getattr(args, "digest", False):
            cli_sync.print_digest(store)
    finally:
        store.close()
    if problems:
        print("Tietokannan eheystarkistus epäonnistui: " + "; ".join(problems[:5]),
              file=sys.stderr)
        return 1
    if not chain.sound:
        print(f"Lokitiedot on muutettu: ketju katkeaa merkinnässä {chain.broken_at}.",
              file=sys.stderr)
        return 1
    print(f"Tietokanta on eheä; lokitietojen ketju tarkistettu ({chain.entries} merkintää).")
    return 0


def cmd_backup(args) -> int:
    from .store.backup import backup
    store = _open(args)
    try:
        path = backup(store, args.to)
    finally:
        store.close()
    print(f"Varmuuskopio tallennettu: {path}")
    return 0


def cmd_restore(args) -> int:
    from .store.backup import restore
    store = restore(args.data_dir, args.source, username=args.user, password=_password())
    store.close()
    print(f"Varmuuskopio palautettu kansioon {args.data_dir}.")
    return 0


def cmd_demo(args) -> int:
    from .demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
    create_demo(args.data_dir, n_clients=args.clients, seed=args.seed).close()
    print(f"Demotietokanta luotu: {args.data_dir}")
    print(f"Kirjaudu: käyttäjä {DEMO_USER}, salasana {DEMO_PASSWORD}")
    return 0


def cmd_smoke(args) -> int:
    import tempfile

    from .smoke import run_smoke
    if args.data_dir is not None:
        return run_smoke(args.data_dir)
    with tempfile.TemporaryDirectory(prefix="tyokykytiimi-smoke-") as tmp:
        return run_smoke(Path(tmp) / "demo")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(argv)
    try:
        if args.command is None:
            from .app import run_gui
            data_dir = args.data_dir or default_data_dir()
            if args.demo and args.data_dir is None:
                data_dir = default_data_dir() / "demo"
            return run_gui(data_dir, demo=args.demo, lang=args.lang)
        return {"init": cmd_init, "check": cmd_check, "backup": cmd_backup,
                "restore": cmd_restore, "demo": cmd_demo, "smoke": cmd_smoke,
                **cli_sync.COMMANDS}[args.command](args)
    except InvalidInput as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
