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
    """The folder that holds fonts/, translations/, instruments/ …

    A PyInstaller bundle (``sys.frozen``) unpacks them under ``sys._MEIPASS``
    (the one-folder bundle's ``_internal``) as ``resources/``, where the spec
    puts them. A checkout (or an editable install) has them beside the package,
    next to pyproject.toml. An installed wheel has them as the package
    ``tyokykytiimi.resources``; the checkout test looks for pyproject.toml so
    that an unrelated ``resources/`` folder in site-packages is never taken.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    top = Path(__file__).resolve().parent.parent
    if (top / "resources").is_dir() and (top / "pyproject.toml").is_file():
        return top / "resources"
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
