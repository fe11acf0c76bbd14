"""Find dates, times and e-mail addresses cut across two lines in a PDF's text.

A paper must never print "14.12.202" on one line and "6" on the next, nor
"anne.kuvitteellinen@hyvinvoi" / "nti.example"; an e-mail address may break
only after "@" or a dot. The checks read the text back as pypdf extracts it
(one line of the page per line of text).
"""
from __future__ import annotations

import re

_PATTERNS = {
    "date": [
        re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{1,3}\n\d"),   # 14.12.202|6
        re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]\n\d{2,4}\b"),    # 14.12.|2026
        re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}\n[./]\d{2,4}\b"),    # 14.12|.2026
        re.compile(r"(?<![\d.])\d{1,2}[./]\n\d{1,2}[./]\d{2,4}"),      # 14.|12.2026
    ],
    "time": [
        re.compile(r"(?<![\d.])\d{1,2}[.:]\n\d{2}\b"),                 # 10.|00
        re.compile(r"(?<![\d.])\d{1,2}\n[.:]\d{2}\b"),                 # 10|.00
        re.compile(r"\d[.:]\d{2}[–-]\n?\d{1,2}\n[.:]?\d{2}"),           # 10.00–11|.30
    ],
}


def split_tokens(text: str, emails: list[str] = ()) -> list[str]:
    """What is cut mid-token in ``text`` (empty when nothing is)."""
    found = []
    lines = "\n".join(line.strip() for line in text.replace("\f", "\n").splitlines())
    for kind, patterns in _PATTERNS.items():
        for pattern in patterns:
            found += [f"{kind}: {m.group(0)!r}" for m in pattern.finditer(lines)]
    for address in emails:
        for i in range(1, len(address)):
            if address[i - 1] in "@.":
                continue
            if address[:i] + "\n" + address[i:] in lines:
                found.append(f"e-mail: {address[:i]!r} | {address[i:]!r}")
    return found
