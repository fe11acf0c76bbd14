"""At 200 % for real (issue 15.11): the main screens in a process started with
QT_SCALE_FACTOR=2 on a 1920 × 1080 screen, and no button, label or tab whose
text needs more room than it has (tests/ui/scale_probe.py does the looking).

The in-process checks (test_scaling_inputs.py, test_a11y_scaling.py) lay the
window out at 960 × 540 points; this one lets Qt scale as it does on a person's
laptop, fonts and all, which only takes effect when an application starts.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.dbtemplate import ADMIN, PASSWORD, _FILES, build_demo

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False,
          "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def test_no_text_is_cut_at_200_percent(db_templates, tmp_path):
    template = db_templates.get(build_demo)  # a closed demo database: copied, not opened
    data = tmp_path / "data"
    data.mkdir()
    for name in _FILES:
        if (template.folder / name).exists():
            shutil.copyfile(template.folder / name, data / name)
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(SCREEN))
    env = dict(os.environ, QT_SCALE_FACTOR="2",
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               TYOKYKYTIIMI_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "tests.ui.scale_probe", str(data), ADMIN,
                          PASSWORD], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    summary = lines.pop()
    assert summary["points"] == [960, 540] and summary["ratio"] == 2.0  # 200 % it was
    assert "home" in summary["checked"] and "client/Suunnitelma" in summary["checked"]
    assert len(summary["checked"]) >= 17  # home, nine client tabs, the map, six dialogs
    assert "SettingsDialog" in summary["checked"]
    cut = [f'{c["where"]}: {c["type"]} "{c["text"]}" needs {c["need"]} px, has {c["have"]}'
           for c in lines]
    assert cut == []
