"""Find dates, times and e-mail addresses cut across two lines in a PDF's text.

A paper must never print "14.12.202" on one line and "6" on the next, nor
"anne.kuvitteellinen@hyvinvoi" / "nti.example"; an e-mail address may break
only after "@" or a dot. The checks read the text back as pypdf extracts it
(one line of the page per line of text). The paper's language tells the
separators apart: fi/sv write 14.12.2026, 10.00 and 3,5; en 14/12/2026, 10:00
and 3.5 (so an English decimal is never taken for a date).
"""
from __future__ import annotations

import re

_SEPARATORS = {"fi": (r"\.", r"\."), "sv": (r"\.", r"\."), "en": ("/", ":"),
               None: (r"[./]", r"[.:]")}


def _patterns(lang: str | None) -> dict[str, list[re.Pattern]]:
    d, t = _SEPARATORS.get(lang, _SEPARATORS[None])
    return {
        "date": [
            re.compile(rf"(?<![\d.,/])\d{{1,2}}{d}\d{{1,2}}{d}\d{{1,3}}\n\d"),   # 14.12.202|6
            re.compile(rf"(?<![\d.,/])\d{{1,2}}{d}\d{{1,2}}{d}\n\d{{2,4}}\b"),   # 14.12.|2026
            re.compile(rf"(?<![\d.,/])\d{{1,2}}{d}\d{{1,2}}\n{d}\d{{2,4}}\b"),   # 14.12|.2026
            re.compile(rf"(?<![\d.,/])\d{{1,2}}{d}\n\d{{1,2}}{d}\d{{2,4}}"),     # 14.|12.2026
            re.compile(rf"(?<![\d.,/])\d{{1,2}}{d}\d?\n\d{{1,2}}{d}\d"),         # 14.1|2.2026
        ],
        "time": [
            re.compile(rf"(?<![\d.,:/])\d{{1,2}}{t}\n\d{{2}}\b"),                # 10.|00
            re.compile(rf"(?<![\d.,:/])\d{{1,2}}\n{t}\d{{2}}\b"),                # 10|.00
            re.compile(rf"\d{t}\d{{2}}[–-]\n?\d{{1,2}}\n{t}?\d{{2}}"),            # 10.00–11|.30
        ],
    }


def split_tokens(text: str, emails=(), lang: str | None = None) -> list[str]:
    """What is cut mid-token in ``text`` (empty when nothing is)."""
    found = []
    lines = "\n".join(line.strip() for line in text.replace("\f", "\n").splitlines())
    for kind, patterns in _patterns(lang).items():
        for pattern in patterns:
            found += [f"{kind}: {m.group(0)!r}" for m in pattern.finditer(lines)]
    for address in set(emails):
        # The address with a line break allowed between any two characters.
        pattern = re.compile("\n?".join(re.escape(ch) for ch in address))
        for m in pattern.finditer(lines):
            pieces = m.group(0).split("\n")
            if any(piece[-1:] not in ("@", ".") for piece in pieces[:-1]):
                found.append(f"e-mail: {' | '.join(pieces)!r}")
    return found
