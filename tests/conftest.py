"""Shared fixtures: offscreen Qt, a cheap KDF, and a fresh encrypted database per test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false")

import pytest  # noqa: E402

from tyokykytiimi.store import keyslots  # noqa: E402

PASSWORD = "Kissa-istuu-puussa-7"
ADMIN = "koordinaattori"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    # Real Argon2id, smaller parameters: the slot records them, so opening still works.
    monkeypatch.setattr(keyslots, "DEFAULT_KDF",
                        {"name": "argon2id", "time_cost": 1, "memory_cost": 1024,
                         "parallelism": 1})


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


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("TYOKYKYTIIMI_DATA_DIR", str(d))
    return d


@pytest.fixture
def store_and_recovery(data_dir):
    from tyokykytiimi.store.unlock import create_database

    store, recovery = create_database(data_dir, team_name="Testitiimi", username=ADMIN,
                                      display_name="Kaisa Koordinaattori", password=PASSWORD)
    yield store, recovery
    store.close()


@pytest.fixture
def store(store_and_recovery):
    return store_and_recovery[0]
