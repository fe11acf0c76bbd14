"""Shared fixtures: offscreen Qt, a cheap KDF, and a fresh encrypted database per test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false")

import pytest  # noqa: E402

from tests.dbtemplate import (ADMIN, CHEAP_KDF, PASSWORD, Templates,  # noqa: E402,F401
                              build_demo, open_copy)
from tyokykytiimi.store import keyslots  # noqa: E402


def pytest_configure(config):
    from tests import controls
    controls.install()


def pytest_sessionfinish(session, exitstatus):
    target = os.environ.get("TYOKYKYTIIMI_CONTROLS_REPORT")
    if target:
        from tests import controls
        data = controls.report(target)
        print(f"\ncontrols never pressed: {data['never_pressed']} of {data['sites']} ({target})")


# CI also runs the suite with the clock moved (.ci/run): "+5y" is five years
# ahead, an ISO date-time (local time) is that instant. Every test starts at it
# and the clock runs on from there, so a test near 23:59:59 crosses midnight.
SHIFTED_CLOCK = os.environ.get("TYOKYKYTIIMI_TEST_CLOCK", "").strip()


def _clock_destination(spec: str):
    from datetime import datetime
    now = datetime.now().astimezone()
    if spec.startswith("+") and spec.endswith("y"):
        years = int(spec[1:-1])
        try:
            return now.replace(year=now.year + years)
        except ValueError:  # 29 February
            return now.replace(year=now.year + years, day=28)
    return datetime.fromisoformat(spec).astimezone()


@pytest.fixture(scope="session", autouse=True)
def _session_clock():
    """Session-wide data (the templates) is made at the moved clock too."""
    if not SHIFTED_CLOCK:
        yield None
        return
    import time_machine
    destination = _clock_destination(SHIFTED_CLOCK)
    with time_machine.travel(destination, tick=True):
        yield destination


@pytest.fixture(autouse=True)
def _test_clock(_session_clock):
    if _session_clock is None:
        yield
        return
    import time_machine
    with time_machine.travel(_session_clock, tick=True):
        yield


@pytest.fixture
def today():
    """Today's date, as the program sees it (tyokykytiimi.clock)."""
    from tyokykytiimi import clock
    return clock.today()


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    # Real Argon2id, smaller parameters: the slot records them, so opening still works.
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", CHEAP_KDF)


@pytest.fixture
def finnish():
    """Finnish on screen, as people see it by default; keep_language restores."""
    from tyokykytiimi.ui import i18n
    i18n.install("fi")


@pytest.fixture(autouse=True)
def keep_language():
    """A test that switches language (i18n.install) must not change the next test's."""
    from PySide6.QtCore import QLocale

    from tyokykytiimi import language
    from tyokykytiimi.ui import i18n
    before = (i18n.current_language(), language.current(), QLocale())
    yield
    if (i18n.current_language(), language.current()) != before[:2]:
        i18n.install(before[0])
        language.set_language(before[1])
        QLocale.setDefault(before[2])


@pytest.fixture(autouse=True)
def delete_closed_widgets():
    """Widgets a test closed are deleted before the next test starts.

    pytest-qt closes them with deleteLater, which only runs from an event
    loop; until then a page of an earlier test stays connected to the global
    change bus and would reload from that test's closed database (or show a
    message box nobody answers).
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture(autouse=True)
def background_work_ends():
    """Reads and operations a test started in other threads end with the test, as
    Session.end lets them end at quit: one left running reads a closed database in
    the next test, and at exit Qt aborts the process over it ("QThread: Destroyed
    while thread is still running", seen on a loaded machine)."""
    yield
    import sys
    import time
    background = sys.modules.get("tyokykytiimi.ui.background")
    if background is not None:
        background.wait_all(10)
    worker = sys.modules.get("tyokykytiimi.ui.worker")
    if worker is not None and worker._running:
        from PySide6.QtCore import QCoreApplication
        end = time.monotonic() + 10
        while any(t.isRunning() for t in list(worker._running)) and time.monotonic() < end:
            QCoreApplication.processEvents()  # each thread is told to quit from this one
            time.sleep(0.02)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("TYOKYKYTIIMI_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory):
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def store_and_recovery(data_dir, db_templates):
    """A new team database (Testitiimi, admin koordinaattori) and its recovery key:
    a copy of the session's migrated template, as create_database leaves it."""
    template = db_templates.get()
    store = open_copy(template, data_dir)
    yield store, template.recovery
    store.close()


@pytest.fixture
def demo_store(data_dir, db_templates):
    """A small demo database (tests/dbtemplate.py build_demo), built once;
    ``demo_store.demo_clients`` are its clients."""
    template = db_templates.get(build_demo)
    store = open_copy(template, data_dir)
    store.demo_clients = template.data
    yield store
    store.close()


@pytest.fixture
def team_store(data_dir, db_templates):
    """A database holding tests/store/team_report_data.py's data set, built once."""
    from tests.store.team_report_data import build
    store = open_copy(db_templates.get(build), data_dir)
    yield store
    store.close()


@pytest.fixture
def store(store_and_recovery):
    return store_and_recovery[0]


@pytest.fixture(autouse=True)
def _modal_answers_used():
    """A test that expected a dialog which never appeared fails here, and its answer
    is cancelled before the next test starts."""
    yield
    from tests.ui import modal
    left = modal.unanswered()
    assert not left, f"expected dialog(s) never appeared to be answered: {left!r}"
