"""Command line for team sync: ``sync``, ``join``, ``devices`` and ``check --digest``.

    tyokykytiimi sync    --data-dir D --user U [--folder F]
    tyokykytiimi join    --data-dir D --folder F --user U
    tyokykytiimi devices --data-dir D --user U [--approve FINGERPRINT | --remove DEVICE]

``sync`` ends with the line "sent N, received M, conflicts K" (scripts read
it). ``join`` prints the fingerprint and exits 9 while waiting for approval,
0 once joined. Mistakes get one line and a non-zero exit code (cli.main).
"""
from __future__ import annotations

from pathlib import Path

from .i18n import _

WAITING = 9


def add_parsers(sub) -> None:
    sync = sub.add_parser("sync", help=_("one exchange with the team's shared folder now"))
    sync.add_argument("--data-dir", type=Path, required=True)
    sync.add_argument("--user", required=True)
    sync.add_argument("--folder", type=Path, default=None)
    join = sub.add_parser("join", help=_("join this workstation to a team"))
    join.add_argument("--data-dir", type=Path, required=True)
    join.add_argument("--folder", type=Path, required=True)
    join.add_argument("--user", required=True)
    join.add_argument("--name", default="")
    dev = sub.add_parser("devices", help=_("the team's workstations"))
    dev.add_argument("--data-dir", type=Path, required=True)
    dev.add_argument("--user", required=True)
    which = dev.add_mutually_exclusive_group()
    which.add_argument("--approve", metavar="FINGERPRINT", default=None)
    which.add_argument("--remove", metavar="DEVICE", default=None)
    sub.choices["check"].add_argument("--digest", action="store_true",
                                      help=_("also print the content digest of the team's data"))


def print_digest(store) -> None:
    from .store.sync.digest import content_digest
    print(f"content digest: {content_digest(store)}")


def cmd_sync(args) -> int:
    from .cli import _open
    from .store.sync import devices, exchange, notices
    store = _open(args)
    try:
        if not devices.is_set_up(store):
            if args.folder is None:
                from .store.sync.errors import NotSetUp
                raise NotSetUp()
            devices.enable(store, args.folder)
        elif args.folder is not None:
            devices.check_folder(args.folder)
        result = exchange.sync_now(store, args.folder)
        for _at, _kind, text in notices.texts(store, limit=5):
            print(text)
    finally:
        store.close()
    print(f"sent {result.sent}, received {result.received}, conflicts {result.conflicts}")
    return 0


def cmd_join(args) -> int:
    from .cli import _password
    from .store.sync import devices
    from .store.sync.errors import WaitingApproval
    password = _password()
    fingerprint = devices.request_join(args.data_dir, args.folder, args.user, password,
                                       args.name)
    print(_("Fingerprint of this workstation: {fp}").format(fp=fingerprint))
    try:
        store = devices.complete_join(args.data_dir, args.user, password)
    except WaitingApproval:
        print(_("Waiting for approval: ask a team member to approve this fingerprint in "
                "Administration → Workstations."))
        return WAITING
    store.close()
    print(_("Joined the team."))
    return 0


def cmd_devices(args) -> int:
    from .cli import _open
    from .store.sync import devices
    store = _open(args)
    try:
        if args.approve:
            device = devices.approve(store, args.approve)
            print(_("Approved workstation {device}.").format(device=device))
        elif args.remove:
            store.require_admin()  # before saying whether the workstation exists
            device = devices.find_device(store, args.remove)
            devices.remove(store, device)
            print(_("Removed workstation {device}.").format(device=device))
        else:
            for d in devices.list_devices(store):
                seen = d.last_seen.strftime("%d.%m.%Y %H:%M") if d.last_seen else "-"
                mark = " *" if d.this else ""
                print(f"{d.id}  {d.fingerprint}  {d.state}  {seen}  {d.name}{mark}")
            for r in devices.pending_requests(store):
                print(_("Waiting for approval: {name} {fp}").format(name=r["name"],
                                                                     fp=r["fingerprint"]))
    finally:
        store.close()
    return 0


COMMANDS = {"sync": cmd_sync, "join": cmd_join, "devices": cmd_devices}
