"""Refresh one area's .ts file from its sources and fill translations from JSON.

    python tools/ts_update.py clients [--lang sv] [--fill sv.json]

runs pyside6-lupdate over the area's files or folders (AREAS below, or the
sources given after the area) into resources/translations/<lang>/<area>.ts
(keeping existing translations), then, with --fill, sets translations from a
JSON object {"English source": "translation"}.
Prints the sources still without a Finnish translation.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = "tyokykytiimi/ui/"

# Which sources each area's .ts file is extracted from; a new area adds a line.
AREAS = {
    "core": ["tyokykytiimi/app.py", UI + "main_window.py", UI + "setup_wizard.py",
             UI + "sign_in.py", UI + "lock_screen.py", UI + "password_field.py",
             UI + "reports_page.py", UI + "idle.py", UI + "widgets.py", UI + "worker.py",
             UI + "admin"],
    "clients": [UI + "clients", UI + "home.py"],
    "network": [UI + "network"],
    "measures": [UI + "measures"],
    "plan": [UI + "plan"],
    "feedback": [UI + "feedback"],
    "settings": [UI + "settings_dialog.py"],
    "reports": [UI + "team_report"],
    "access": [UI + "access"],
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("area")
    ap.add_argument("sources", nargs="*")
    ap.add_argument("--lang", default="fi")
    ap.add_argument("--fill", type=Path)
    args = ap.parse_args()
    ts = ROOT / "resources" / "translations" / args.lang / f"{args.area}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = []
    for src in args.sources or AREAS[args.area]:
        p = ROOT / src
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *map(str, files),
                    "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", {"fi": "fi_FI", "sv": "sv_FI"}.get(args.lang, args.lang))
    fills = json.loads(args.fill.read_text("utf-8")) if args.fill else {}
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source in fills:
            node.text = fills[source]
            node.attrib.pop("type", None)
        if not (node.text or "").strip() or node.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("untranslated:", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
