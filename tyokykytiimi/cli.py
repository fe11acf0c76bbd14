"""Command line: the program (default), init/check/backup/restore/demo for admins' scripts,
and smoke for build scripts (the program starts, offscreen, on a demo database).

Passwords come from a prompt, or from TYOKYKYTIIMI_PASSWORD when stdin is not a
terminal. A person's mistake gets one line and an exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from . import __version__, cli_sync
from .i18n import N_, _
from .language import set_language
from .paths import default_data_dir
from .store.atomic import private_dir
from .store.errors import InvalidInput, StoreError

PASSWORD_ENV = "TYOKYKYTIIMI_PASSWORD"
COMMANDS = ("init", "check", "backup", "restore", "demo", "smoke")


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _password(prompt: str | None = None, confirm: bool = False) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass
        first = getpass.getpass(prompt or _("Password: "))
        if confirm and getpass.getpass(_("Password again: ")) != first:
            raise CliError(_("The passwords do not match."))
        return first
    value = os.environ.get(PASSWORD_ENV)
    if value is None:
        raise CliError(_("Give the password at the prompt or in the environment variable "
                         "{name}.").format(name=PASSWORD_ENV))
    return value


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own words ("usage:") from our catalogue, in the user's language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        # prefix "" is argparse working out a subcommand's name: leave it alone.
        return super().add_usage(usage, actions, groups,
                                 prefix=_("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """One line in the user's language for a mistake in the command's words (exit 2)."""

    # Compiled on the first mistake, not at every start (the program's start waits on it).
    PATTERNS = (
        (r"the following arguments are required: (?P<what>.+)", N_("Missing: {what}.")),
        (r"unrecognized arguments: (?P<what>.+)", N_("Unknown words: {what}.")),
        (r"argument (?P<arg>\S+): invalid choice: (?P<what>'[^']*')",
         N_("{arg}: {what} is not one of the choices.")),
        (r"argument (?P<arg>\S+): expected one argument", N_("{arg} needs a value.")),
        (r"argument (?P<arg>\S+): invalid int value: (?P<what>.+)",
         N_("{arg}: {what} is not a whole number.")),
    )

    def error(self, message: str):
        for pattern, text in self.PATTERNS:
            found = re.search(pattern, message)
            if found:
                message = _(text).format(**found.groupdict())
                break
        self.exit(2, f"{self.prog}: {message}\n" + _("See: {command} --help").format(
            command=self.prog) + "\n")


def _translated(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # The section titles argparse writes itself; no public setter exists for them.
    parser._positionals.title = _("commands")
    parser._optionals.title = _("options")
    parser.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                        help=_("show this help and exit"))
    return parser


def _command(sub, name: str, help_text: str, description: str) -> argparse.ArgumentParser:
    # Subparsers are made of the parent's class (_Parser): their errors read the same.
    return _translated(sub.add_parser(name, help=help_text, description=description,
                                      add_help=False, formatter_class=_HelpFormatter))


def _parser() -> argparse.ArgumentParser:
    p = _translated(_Parser(
        prog="tyokykytiimi", add_help=False, formatter_class=_HelpFormatter,
        description=_("Työkykytiimi: the work-ability support team's client work in one "
                      "encrypted file. Without a command, the program opens.")))
    p.add_argument("--version", action="version", version=f"Työkykytiimi {__version__}",
                   help=_("show the program's version and exit"))
    p.add_argument("--data-dir", type=Path, default=None,
                   help=_("the database folder (default: the user's data folder)"))
    p.add_argument("--demo", action="store_true", help=_("open a separate demo database"))
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None,
                   help=_("the language of the program and of these messages"))
    sub = p.add_subparsers(dest="command", metavar=_("COMMAND"))
    init = _command(sub, "init", _("create a new team database"),
                    _("Creates a new encrypted team database and its first user (an "
                      "administrator), and prints the recovery key once."))
    init.add_argument("--data-dir", type=Path, required=True, help=_("the new database's folder"))
    init.add_argument("--team", required=True, help=_("the team's name"))
    init.add_argument("--user", required=True, help=_("the first user's username"))
    init.add_argument("--display-name", default="", help=_("the first user's name as shown"))
    texts = {
        "check": (_("check the database and its audit trail"),
                  _("Checks the database's integrity and its audit trail; exit code 0 only "
                    "when both are sound.")),
        "backup": (_("back the database up to a file"),
                   _("Writes an encrypted, verified backup (.tkbackup) of the database and "
                     "its key slots; it opens with the same passwords.")),
        "restore": (_("restore the database from a backup"),
                    _("Checks the backup with your password, keeps the current files as "
                      "pre-restore copies, then puts the backup in place.")),
    }
    for name in ("check", "backup", "restore"):
        c = _command(sub, name, *texts[name])
        c.add_argument("--data-dir", type=Path, required=True, help=_("the database folder"))
        c.add_argument("--user", required=True, help=_("your username"))
        if name == "backup":
            # A string, not a Path: "DIR/" keeps its slash (write inside the folder).
            c.add_argument("--to", required=True,
                           help=_("the backup file, or a folder ending in /"))
        if name == "restore":
            c.add_argument("--from", dest="source", type=Path, required=True,
                           help=_("the backup file (.tkbackup)"))
    demo = _command(sub, "demo", _("create a demo database"),
                    _("Creates a database of fictional clients for trying the program out."))
    demo.add_argument("--data-dir", type=Path, required=True, help=_("the demo database's folder"))
    demo.add_argument("--clients", type=int, default=200, help=_("how many clients"))
    demo.add_argument("--seed", type=int, default=2026, help=_("the generator's seed"))
    smoke = _command(sub, "smoke", _("start-up check on a demo database (no window)"),
                     _("Starts the program offscreen on a demo database and checks that it "
                       "comes up; exit code 0 when it does."))
    smoke.add_argument("--data-dir", type=Path, default=None,
                       help=_("the demo database's folder (default: a temporary one, removed)"))
    cli_sync.add_parsers(sub)
    return p


def _language(argv: list[str]) -> str:
    """--lang, then the workstation's choice for --data-dir, then the system locale."""
    from .store.workstation import choose_language
    flag = argv[argv.index("--lang") + 1] if "--lang" in argv[:-1] else None
    data_dir = Path(argv[argv.index("--data-dir") + 1]) if "--data-dir" in argv[:-1] \
        else default_data_dir()
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or \
        os.environ.get("LANG")
    if not system:
        import locale
        system = locale.getlocale()[0] or ""
    return choose_language(flag, data_dir, system)


def _open(args):
    from .store.unlock import open_store
    return open_store(args.data_dir, args.user, _password())


def cmd_init(args) -> int:
    from .store.unlock import create_database
    store, recovery = create_database(args.data_dir, team_name=args.team, username=args.user,
                                      display_name=args.display_name or args.user,
                                      password=_password(confirm=True))
    store.close()
    print(_("Database created: {path}").format(path=args.data_dir))
    print(_("Recovery key (print it and keep it locked away; it is shown only now):"))
    print(recovery)
    return 0


def cmd_check(args) -> int:
    from .store.audit import tamper_check, verify_chain
    from .store.database import integrity_problems
    store = _open(args)
    try:
        with store.engine.connect() as conn:
            problems = integrity_problems(conn.connection.dbapi_connection)
        chain = None if problems else verify_chain(store)
        tamper = None if problems or not chain.sound else tamper_check(store)
        if getattr(args, "digest", False):
            cli_sync.print_digest(store)
    finally:
        store.close()
    if problems:
        first = " ".join(problems[0].split())[:120]
        print(_("The database failed its integrity check ({problems}). Restore it from a "
                "backup.").format(problems=first), file=sys.stderr)
        return 6
    if not chain.sound:
        print(_("The audit trail was changed: the chain breaks at entry {seq}.").format(
            seq=chain.broken_at), file=sys.stderr)
        return 1
    if not tamper.sound:
        for problem in tamper.problems[:20]:
            print(problem.render(), file=sys.stderr)
        return 1
    print(_("The database is sound; the audit trail verified ({n} entries, all signed where "
            "signing applies).").format(n=chain.entries))
    return 0


def cmd_backup(args) -> int:
    from .store.backup import backup
    store = _open(args)
    try:
        target = Path(args.to)
        if args.to.endswith(("/", os.sep)):  # "--to DIR/": inside it, made when missing
            private_dir(target)
        path = backup(store, target)
    finally:
        store.close()
    print(_("Backup saved: {path}").format(path=path))
    return 0


def cmd_restore(args) -> int:
    from .store.backup import restore
    store = restore(args.data_dir, args.source, username=args.user, password=_password())
    store.close()
    print(_("The backup was restored into the folder {path}.").format(path=args.data_dir))
    return 0


def cmd_demo(args) -> int:
    from .demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
    create_demo(args.data_dir, n_clients=args.clients, seed=args.seed).close()
    print(_("Demo database created: {path}").format(path=args.data_dir))
    print(_("Sign in: user {user}, password {password}").format(user=DEMO_USER,
                                                                password=DEMO_PASSWORD))
    return 0


def cmd_smoke(args) -> int:
    import tempfile

    from .smoke import run_smoke
    if args.data_dir is not None:
        return run_smoke(args.data_dir)
    with tempfile.TemporaryDirectory(prefix="tyokykytiimi-smoke-") as tmp:
        return run_smoke(Path(tmp) / "demo")


def _file_or_database_error(exc: BaseException) -> bool:
    """An OSError, or an error of SQLAlchemy or SQLCipher: those only if they were
    imported (the window's start-up imports them behind the sign-in dialog)."""
    kinds: list[type] = [OSError]
    if "sqlalchemy.exc" in sys.modules:
        kinds.append(sys.modules["sqlalchemy.exc"].DBAPIError)
    if "sqlcipher3" in sys.modules:
        kinds.append(sys.modules["sqlcipher3"].Error)
    return isinstance(exc, tuple(kinds))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language(argv))  # --help and every message below speak it
    args = _parser().parse_args(argv)
    try:
        if args.command is None:
            from .app import run_gui
            data_dir = args.data_dir or default_data_dir()
            if args.demo:  # never the real database in the same folder
                data_dir = data_dir / "demo"
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
    except Exception as exc:  # noqa: BLE001 - only the file and database errors below
        if not _file_or_database_error(exc):
            raise
        from .store.database import translate_os_error
        mapped = translate_os_error(exc, getattr(args, "data_dir", None))
        if not isinstance(mapped, StoreError):
            raise
        print(mapped.message, file=sys.stderr)
        return mapped.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
