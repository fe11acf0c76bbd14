"""The deterministic demo generator: the same seed gives the same data.

Used by ``--demo``, the ``demo`` command and the benchmarks. Areas plug in
through ``AREA_MODULES``: each module has ``populate(ctx: DemoContext)``.
"""
from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..store.session import Store
from ..store.unlock import create_database
from .. import clock

DEMO_USER = "demo"
DEMO_PASSWORD = "Kokeilu-2026-tiimi"
TEAM = [  # username, display name, role, admin
    ("kaisa", "Kaisa Koordinaattori", "coordinator", True),
    ("hanna", "Hanna Hoitaja", "nurse", False),
    ("lauri", "Lauri Lääkäri", "doctor", False),
]
TEAM_PASSWORD = "Kokeilu-2026-tiimi"


@dataclass
class DemoContext:
    store: Store
    rng: random.Random
    n_clients: int
    today: date
    users: dict[str, str] = field(default_factory=dict)  # username -> user id
    clients: list = field(default_factory=list)  # filled by the clients area: Client rows
    extra: dict = field(default_factory=dict)  # areas may leave things for later areas


def generate(store: Store, n_clients: int = 200, seed: int = 2026,
             today: date | None = None) -> DemoContext:
    from ..store.users import add_user
    from . import AREA_MODULES

    ctx = DemoContext(store=store, rng=random.Random(seed), n_clients=n_clients,
                      today=today or clock.today())
    ctx.users[store.user.username] = store.user.id
    for username, name, role, admin in TEAM:
        user = add_user(store, username=username, display_name=name, role=role,
                        password=TEAM_PASSWORD, is_admin=admin)
        ctx.users[username] = user.id
    for module_name in AREA_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # that area has not been built yet
            raise
        module.populate(ctx)
    with store.session() as s:
        store.audit(s, "demo_generate", target="database", clients=n_clients, seed=seed)
    return ctx


def create_demo(data_dir: Path, n_clients: int = 200, seed: int = 2026,
                today: date | None = None) -> Store:
    store, _ = create_database(Path(data_dir), team_name="Demotiimi (kuvitteellinen)",
                               username=DEMO_USER, display_name="Demo Käyttäjä",
                               password=DEMO_PASSWORD)
    generate(store, n_clients=n_clients, seed=seed, today=today)
    return store
