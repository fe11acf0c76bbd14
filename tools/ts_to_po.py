"""Move translations from Qt .ts files into the gettext catalogues.

    python tools/ts_to_po.py [TS_DIR]

The program's UI strings were once kept in per-area .ts files
(resources/translations/<lang>/<area>.ts). This reads any that remain (or those
under TS_DIR/<lang>/) and adds their translations to
resources/locale/<lang>/LC_MESSAGES/tyokykytiimi.po for every source string the
code still uses, without overwriting a translation the catalogue already has.
Then run tools/i18n_extract.py --check.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import i18n_extract as ex  # noqa: E402

# One English word that two screens translated differently: the one wording kept.
UNIFIED = {
    "fi": {"Notes": "Muistiinpanot", "State": "Tila", "Export CSV": "Vie CSV",
           "changed": "muutettu", "Language": "Kieli", "Close": "Sulje", "Other": "Muu"},
    "sv": {"Notes": "Anteckningar", "State": "Status", "Export CSV": "Exportera CSV",
           "changed": "ändrad", "Language": "Språk", "Close": "Stäng", "Other": "Annat"},
}
CONTEXTUAL = {  # (disambiguation, source) -> translation, where the code says which
    "fi": {("client relationship", "Close"): "Päätä asiakkuus",
           ("client's language", "Language"): "Asiointikieli"},
    "sv": {("client relationship", "Close"): "Avsluta klientrelationen",
           ("client's language", "Language"): "Kontaktspråk"},
}


def ts_translations(folder: Path) -> dict[str, Counter]:
    found: dict[str, Counter] = defaultdict(Counter)
    for ts in sorted(folder.glob("*.ts")) if folder.is_dir() else []:
        for message in ET.parse(ts).getroot().iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                found[message.findtext("source") or ""][node.text] += 1
    return found


def main(argv: list[str]) -> int:
    base = Path(argv[0]) if argv else ex.ROOT / "resources" / "translations"
    for lang in ex.LANGS:
        table = ts_translations(base / lang)
        # A fresh template per language: Babel's update shares message objects.
        catalog = ex.update(lang, ex.template())
        for message in catalog:
            if not message.id or message.string:
                continue
            source = message.id[0] if isinstance(message.id, tuple) else message.id
            if message.context:
                text = CONTEXTUAL[lang].get((message.context, source))
            else:
                text = UNIFIED[lang].get(source)
                if text is None and table.get(source):
                    text = table[source].most_common(1)[0][0]
            if text:
                message.string = text
        ex.write(lang, catalog)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
