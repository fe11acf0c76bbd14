"""Where the program finds its shipped resources and keeps its data.

One function finds ``resources/`` so the program runs the same from a checkout,
an installed wheel (where resources ship as the package
``tyokykytiimi.resources``) and a PyInstaller bundle.
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

APP_NAME = "tyokykytiimi"
DATA_DIR_ENV = "TYOKYKYTIIMI_DATA_DIR"


@lru_cache(maxsize=1)
def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    from importlib.resources import files

    return Path(str(files("tyokykytiimi.resources")))


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
