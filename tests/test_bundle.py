"""The installable bundles: the packaging files are sound, and the Linux bundle starts.

The quick checks always run. Building the bundle (packaging/build_linux.sh:
PyInstaller, then the bundle's own smoke test) takes about half a minute plus
installing PyInstaller: it runs in CI (CI=true) and when asked with
TYOKYKYTIIMI_BUNDLE_TEST=1; TYOKYKYTIIMI_BUNDLE_TEST=0 turns it off.
"""
from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "tyokykytiimi.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    for key in ("Name", "Name[fi]", "Name[sv]", "Comment", "Comment[fi]", "Comment[sv]"):
        assert d[key].strip(), key
    assert d["Exec"].split()[0] == "tyokykytiimi"
    assert d["Icon"] == "tyokykytiimi"
    assert d["Terminal"] == "false"
    assert d["Categories"] == "Office;MedicalSoftware;"
    assert d["StartupWMClass"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(PACKAGING / "linux" / "tyokykytiimi.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "error" not in result.stdout.lower(), result.stdout


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icons_rendered_from_the_svg():
    icons = PACKAGING / "icons"
    svg = PACKAGING.parent / "resources" / "icons" / "tyokykytiimi.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (256, 128, 48):
        assert _png_size(icons / f"tyokykytiimi-{size}.png") == (size, size)
    ico = (icons / "tyokykytiimi.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # width 0 means 256
    assert {16, 32, 48, 256} <= sizes


def test_spec_names_what_the_bundle_needs():
    spec = (PACKAGING / "tyokykytiimi.spec").read_text(encoding="utf-8")
    compile(spec, "tyokykytiimi.spec", "exec")
    assert "launcher.py" in spec and "COLLECT(" in spec
    assert '"resources"' in spec and "store\" / \"migrations\"" in spec
    assert "collect_submodules" in spec  # the areas are imported by name
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "tyokykytiimi.cli import main" in launcher
    # the migrations Alembic reads from disk are where the spec copies them from
    migrations = ROOT / "tyokykytiimi" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("*.py"))


def test_inno_setup_script():
    iss = (PACKAGING / "windows" / "tyokykytiimi.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    for lang in ("Finnish.isl", "Swedish.isl", "Default.isl"):
        assert lang in iss
    for prefix in ("fi.", "sv.", "en."):
        assert f"{prefix}DataKept=" in iss and f"{prefix}ConfirmUninstall=" in iss
    assert "{group}\\" in iss  # the Start-menu shortcut
    assert "..\\icons\\tyokykytiimi.ico" in iss and (PACKAGING / "icons" / "tyokykytiimi.ico").is_file()
    # the data folder is not under the program folder, so uninstalling leaves it
    assert "{localappdata}\\tyokykytiimi" in iss and "{autopf}\\Tyokykytiimi" in iss


def test_shell_scripts_parse():
    for script in (PACKAGING / "build_linux.sh", PACKAGING / "linux" / "install.sh"):
        assert os.access(script, os.X_OK), f"{script} is not executable"
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def _build_wanted() -> bool:
    asked = os.environ.get("TYOKYKYTIIMI_BUNDLE_TEST", "")
    if asked in ("0", "1"):
        return asked == "1"
    return os.environ.get("CI", "").lower() == "true"


@pytest.mark.skipif(not _build_wanted(),
                    reason="builds the PyInstaller bundle (~40 s): runs in CI, "
                           "or set TYOKYKYTIIMI_BUNDLE_TEST=1")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_linux_bundle_builds_and_starts(tmp_path):
    env = dict(os.environ, PYTHON=sys.executable, DIST_DIR=str(tmp_path / "dist"),
               WORK_DIR=str(tmp_path / "build"))
    result = subprocess.run(["bash", str(PACKAGING / "build_linux.sh")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=1500)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert output.count("smoke ok:") >= 2, output[-4000:]
    bundle = tmp_path / "dist" / "tyokykytiimi"
    internal = bundle / "_internal"
    assert (bundle / "tyokykytiimi").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "locale" / "fi" / "LC_MESSAGES" / "tyokykytiimi.po").is_file()
    assert (internal / "tyokykytiimi" / "store" / "migrations" / "script.py.mako").is_file()
    assert not list(internal.rglob("*QtWebEngine*")) and not list(internal.rglob("*Qt6Quick.so*"))
    assert (bundle / "share" / "tyokykytiimi.desktop").is_file() and (bundle / "install.sh").is_file()
