"""The start-up smoke test the bundle build runs, here on the checkout."""
from __future__ import annotations

import io
import os
import subprocess
import sys

from tyokykytiimi.smoke import run_smoke


def test_run_smoke_in_process(qapp, tmp_path):
    out = io.StringIO()
    assert run_smoke(tmp_path / "demo", n_clients=5, out=out) == 0, out.getvalue()
    line = out.getvalue().strip()
    assert line.startswith("smoke ok:"), line
    assert "area pages" in line and "pdf" in line and "qtbase_fi" in line
    # the second run opens the database the first one left
    out = io.StringIO()
    assert run_smoke(tmp_path / "demo", out=out) == 0, out.getvalue()
    assert "opened demo database" in out.getvalue()
    assert not list(tmp_path.glob("**/*.pdf")), "the smoke PDF is written to a temporary folder"


def test_run_smoke_reports_a_failure(qapp, tmp_path):
    from tyokykytiimi.store.unlock import db_path, slot_path
    (tmp_path / "demo").mkdir()
    slot_path(tmp_path / "demo").write_text("not a key slot file")
    db_path(tmp_path / "demo").write_bytes(b"not a database")
    out = io.StringIO()
    assert run_smoke(tmp_path / "demo", out=out) == 1
    assert out.getvalue().startswith("smoke failed at sign-in"), out.getvalue()


def test_smoke_command(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "tyokykytiimi", "smoke",
                             "--data-dir", str(tmp_path / "demo")],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("smoke ok:"), result.stdout
