"""Refresh one area's .ts file from its sources and fill translations from JSON.

    python tools/ts_update.py clients tyokykytiimi/ui/clients [--fill fi.json]

runs pyside6-lupdate over the given files or folders into
resources/translations/fi/<area>.ts (keeping existing translations), then,
with --fill, sets translations from a JSON object {"English source": "suomeksi"}.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("area")
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--lang", default="fi")
    ap.add_argument("--fill", type=Path)
    args = ap.parse_args()
    ts = ROOT / "resources" / "translations" / args.lang / f"{args.area}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = []
    for src in args.sources:
        p = Path(src)
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
