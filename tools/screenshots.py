"""Screenshots of the main screens from a fresh demo database, for the README and review.

    xvfb-run -a python tools/screenshots.py OUTDIR            every screen, for review
    xvfb-run -a python tools/screenshots.py --readme DIR      the README's pictures
    (QT_QPA_PLATFORM=offscreen works too, with Qt's fallback fonts)

Builds a demo database in a temporary folder, walks the screens and saves a
PNG of each; nothing touches the real data directory. ``--lang sv`` shows the
screens in Swedish.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer


def settle(app, ms: int = 150) -> None:
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


README_SHOTS = {  # name in docs/screenshots -> the review shot it is
    "home": "10-home", "clients": "10-clients", "client-measures": "21-client-measures",
    "client-plan": "21-client-plan", "team-report": "13-team-report",
    "feedback": "40-feedback", "settings": "14-settings",
}


def main(out: Path, clients: int = 300, lang: str = "fi") -> list[Path]:
    from tyokykytiimi.app import make_app
    from tyokykytiimi.ui import i18n
    app = make_app()
    i18n.install(lang)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(widget, name: str) -> None:
        widget.show()
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    from tyokykytiimi.demo.generator import DEMO_PASSWORD, DEMO_USER, create_demo
    from tyokykytiimi.ui.setup_wizard import RecoveryKeyDialog, SetupDialog
    from tyokykytiimi.ui.sign_in import SignInDialog
    with tempfile.TemporaryDirectory() as tmp:
        setup = SetupDialog(Path(tmp) / "new")
        setup.team.setText("Kuopion työkyvyn tuen tiimi")
        setup.display_name.setText("Kaisa Koordinaattori")
        setup.username.setText("kaisa")
        setup.password.edit.setText("lyhyt")
        shot(setup, "01-setup")
        setup.close()
        key = RecoveryKeyDialog("K7QF-3MZP-W9XD-2HRT-B6NC-8VYE-4JLA", "Kuopion työkyvyn tuen tiimi")
        shot(key, "02-recovery-key")
        key.stored.setChecked(True)
        key.close()
        store = create_demo(Path(tmp) / "demo", n_clients=clients)
        data_dir = store.data_dir
        store.close()
        sign_in = SignInDialog(data_dir, hint=f"Demo: {DEMO_USER} / {DEMO_PASSWORD}")
        sign_in.password.setText("väärä salasana")
        sign_in._sign_in()
        shot(sign_in, "03-sign-in-wrong-password")
        sign_in._timer.stop()
        sign_in._wait_over()
        sign_in.password.setText(DEMO_PASSWORD)
        sign_in._sign_in()
        store = sign_in.store
        sign_in.close()
        from tyokykytiimi.ui.main_window import MainWindow
        window = MainWindow(store)
        window.resize(1280, 820)
        for key_name in ("home", "clients", "servicemap", "reports", "admin"):
            page = window.show_area(key_name)
            while getattr(page, "loading", False):  # the home page reads off the UI thread
                settle(app, 50)
            shot(window, f"10-{key_name}")
        admin = window.page("admin")
        if hasattr(admin, "audit"):
            admin.tabs.setCurrentWidget(admin.audit)
            shot(window, "11-admin-audit")
            admin.tabs.setCurrentWidget(admin.backups)
            shot(window, "12-admin-backups")
        report = _team_report(window)
        if report is not None:
            report.run()
            thread = getattr(report, "_thread", None)
            while thread is not None and thread.isRunning():
                settle(app, 50)
            settle(app, 300)
            shot(window, "13-team-report")
        from tyokykytiimi.ui.settings_dialog import SettingsDialog
        settings = SettingsDialog(store, window)
        shot(settings, "14-settings")
        settings.close()
        from tyokykytiimi.ui.contact_dialog import ContactDialog
        contact = ContactDialog(store, store.user.id, window)
        shot(contact, "14b-own-contact")
        contact.close()
        clients_page = window.page("clients")
        from tyokykytiimi.demo.generator import DemoContext  # noqa: F401
        from sqlmodel import select
        from tyokykytiimi.models.clients import Client
        with store.session() as s:
            first = s.exec(select(Client).where(Client.path_step >= 3).limit(1)).first()
        if first is not None:
            page = window.open_client(first.id)
            if page is not None:
                shot(window, "20-client")
                tabs = getattr(page, "tabs", None)
                if tabs is not None:
                    for key, tab in getattr(page, "tab_widgets", {}).items():
                        tabs.setCurrentWidget(tab)
                        shot(window, f"21-client-{key}")
                    from tyokykytiimi.ui.network.consents_tab import ConsentDialog
                    from tyokykytiimi.ui.network.meetings_tab import MeetingDialog
                    for name, make in (("22-consent-dialog", ConsentDialog),
                                       ("23-meeting-dialog", MeetingDialog)):
                        dialog = make(store, first.id, window)
                        shot(dialog, name)
                        dialog.close()
                        dialog.deleteLater()
                _nurse_screens(page, shot)
                _plan_and_reading_shots(window, page, shot)
        from tyokykytiimi.store.servicemap import list_organisations
        from tyokykytiimi.ui.network.servicemap_dialogs import contact_dialog
        org = next(iter(list_organisations(store)), None)
        if org is not None:
            contact = contact_dialog(store, org, None, window.page("servicemap"))
            shot(contact, "24-servicemap-contact")
            contact.close()
            contact.deleteLater()
        window.lock()
        shot(window, "30-locked")
        if hasattr(window.lock_screen, "set_switching"):
            window.lock_screen.set_switching(True)
            shot(window, "31-locked-switch-user")
            window.lock_screen.set_switching(False)
        window.lock_screen.password.setText(DEMO_PASSWORD)
        window.lock_screen.try_unlock()
        from tyokykytiimi.ui.feedback.mode import start_feedback
        mode = start_feedback(window, first.id if first is not None else None)
        if mode is not None:
            mode.showNormal()
            mode.resize(1280, 820)
            shot(mode, "40-feedback")
            mode.decline()
            settle(app)
            window.lock_screen.password.setText(DEMO_PASSWORD)
            window.lock_screen.try_unlock()
        window.close()
        # Deleted now: its pages listen on the change bus and must not outlive the store.
        window.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        store.close()
        # The nurse's window: what her role may not do is greyed out, with the reason.
        from tyokykytiimi.demo.generator import TEAM_PASSWORD
        from tyokykytiimi.store.unlock import open_store
        nurse = open_store(data_dir, "hanna", TEAM_PASSWORD)
        window = MainWindow(nurse)
        window.resize(1280, 820)
        window.show_area("admin")
        shot(window, "50-nurse-admin")
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        nurse.close()
    shots += _sync_screens(out, lang)
    return shots


def _nurse_screens(page, shot) -> None:
    """The measures entry form, a journal entry, and the view shown to the client."""
    from tyokykytiimi.ui.clients.journal_tab import EntryDialog as JournalEntry
    from tyokykytiimi.ui.measures.client_view import ShowToClient
    from tyokykytiimi.ui.measures.measures_tab import EntryDialog
    entry = EntryDialog(page.store, page.client_id, page)
    shot(entry, "22-measures-entry")
    entry.done(0)
    journal = JournalEntry(page.store, page.client_id, page, kind="statement")
    shot(journal, "23-journal-statement")
    journal.done(0)
    view = ShowToClient(page.store, page.client_id)
    view.resize(1280, 820)
    shot(view, "24-shown-to-client")
    view.end()


def _plan_and_reading_shots(window, page, shot) -> None:
    """The plan's agree and versions dialogs, the feedback comments and the F1 guide."""
    plan = getattr(page, "tab_widgets", {}).get("plan")
    if plan is not None and getattr(plan, "view", None) is not None:
        from tyokykytiimi.ui.plan.dialogs import AgreeDialog, VersionsDialog
        if plan.view.is_draft:
            agree = AgreeDialog(window.store, plan.view, window)
            shot(agree, "22-plan-agree")
            agree.close()
        versions = VersionsDialog(window.store, page.client_id, window)
        shot(versions, "22-plan-versions")
        versions.close()
    from tyokykytiimi.ui.feedback.reading import FeedbackReadingDialog
    from tyokykytiimi.ui.help import HelpDialog
    reading = FeedbackReadingDialog(window.store, window)
    reading.period.setCurrentIndex(reading.period.count() - 1)  # all time
    shot(reading, "41-feedback-comments")
    reading.close()
    guide = HelpDialog(window.store.user.role, window)
    shot(guide, "50-help")
    guide.close()


def _sync_screens(out: Path, lang: str) -> list[Path]:
    """The team sync screens (tools/screenshots_sync.py: two workstations, a conflict)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "screenshots_sync", Path(__file__).resolve().parent / "screenshots_sync.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(out, lang)


def _team_report(window):
    """The team report view on the reports page, shown; None if there is none."""
    reports = window.show_area("reports")
    tabs = getattr(reports, "tabs", None)
    for i in range(tabs.count() if tabs is not None else 0):
        if type(tabs.widget(i)).__name__ == "TeamReportView":
            tabs.setCurrentIndex(i)
            return tabs.widget(i)
    return None


def readme(folder: Path, lang: str = "fi") -> list[Path]:
    """The README's pictures, made afresh from the demo database."""
    import shutil
    with tempfile.TemporaryDirectory() as tmp:
        made = {p.stem: p for p in main(Path(tmp), lang=lang)}
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for name, stem in README_SHOTS.items():
            if stem in made:
                out.append(Path(shutil.copyfile(made[stem], folder / f"{name}.png")))
        return out


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    ap.add_argument("--readme", action="store_true", help="only the README's pictures")
    ap.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    args = ap.parse_args()
    for p in (readme(args.out, args.lang) if args.readme else main(args.out, lang=args.lang)):
        print(p)
