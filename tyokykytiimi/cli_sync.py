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
    from .cli import _command
    data_dir, user = _("the database folder"), _("your username")
    sync = _command(sub, "sync", _("one exchange with the team's shared folder now"),
                    _("Sends this workstation's changes to the team's shared folder and "
                      "applies the other workstations'. The last line reads \"sent N, "
                      "received M, conflicts K\". With --folder on a workstation not yet set "
                      "up, sets sync up with that folder (administrators)."))
    sync.add_argument("--data-dir", type=Path, required=True, help=data_dir)
    sync.add_argument("--user", required=True, help=user)
    sync.add_argument("--folder", type=Path, default=None, help=_("the shared folder"))
    join = _command(sub, "join", _("join this workstation to a team"),
                    _("Asks to join the team whose shared folder is given and prints this "
                      "workstation's fingerprint; exit code 9 while waiting for a member's "
                      "approval, 0 once the team's data has been received."))
    join.add_argument("--data-dir", type=Path, required=True, help=data_dir)
    join.add_argument("--folder", type=Path, required=True, help=_("the shared folder"))
    join.add_argument("--user", required=True, help=user)
    join.add_argument("--name", default="", help=_("a name for this workstation"))
    dev = _command(sub, "devices", _("the team's workstations"),
                   _("Lists the team's workstations and those asking to join; approves one "
                     "by its fingerprint or removes one (administrators)."))
    dev.add_argument("--data-dir", type=Path, required=True, help=data_dir)
    dev.add_argument("--user", required=True, help=user)
    which = dev.add_mutually_exclusive_group()
    which.add_argument("--approve", metavar="FINGERPRINT", default=None,
                       help=_("approve the workstation showing this fingerprint"))
    which.add_argument("--remove", metavar="DEVICE", default=None,
                       help=_("remove this workstation (its id or name)"))
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
