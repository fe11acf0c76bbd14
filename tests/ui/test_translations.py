"""Every user-visible string in the program has a Finnish translation."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tyokykytiimi.ui.i18n import catalogue, read_ts

ROOT = Path(__file__).resolve().parents[2]


def extracted(tmp_path) -> dict:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    files = [str(p) for p in sorted((ROOT / "tyokykytiimi").rglob("*.py"))]
    out = tmp_path / "all.ts"
    subprocess.run([lupdate, "-locations", "none", *files, "-ts", str(out)], check=True,
                   capture_output=True)
    root = __import__("xml.etree.ElementTree").etree.ElementTree.parse(out).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("lang", ["fi"])
def test_every_string_translated(tmp_path, lang):
    strings = extracted(tmp_path)
    assert strings, "lupdate found no strings: the extraction itself is broken"
    table = catalogue(lang)
    by_source = {src for (_, src) in table}
    missing = sorted(f"{ctx}: {src}" for ctx, src in strings
                     if (ctx, src) not in table and src not in by_source)
    assert not missing, f"{len(missing)} strings lack a {lang} translation:\n" + "\n".join(missing[:50])


def test_ts_files_parse():
    for ts in (ROOT / "resources" / "translations").rglob("*.ts"):
        read_ts(ts)


def test_installed_finnish_reaches_widgets_and_subclasses(qtbot):
    from tyokykytiimi.ui import i18n
    from tyokykytiimi.ui.admin.users_page import ResetPasswordDialog, _FormDialog  # noqa: F401
    from tyokykytiimi.ui.lock_screen import LockScreen
    i18n.install("fi")
    try:
        class Store:  # LockScreen reads only the user's display name
            class user:
                display_name = "Kaisa"
        screen = LockScreen(Store())
        qtbot.addWidget(screen)
        labels = [w.text() for w in screen.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QLabel)]
        assert "Työkykytiimi on lukittu" in labels
        # a string written in a base class, asked for under the subclass's name
        class Sub(LockScreen):
            pass
        assert Sub(Store()).tr("Unlock") == "Avaa"
    finally:
        i18n.install("en")
    assert LockScreen(Store()).tr("Unlock") == "Unlock"
