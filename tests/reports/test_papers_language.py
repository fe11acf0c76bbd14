"""Issue 19: every paper speaks its own language — no English source on a Finnish or
Swedish paper, no Finnish word of the program on an English one.

Every paper of the demo data (tools/papers.py: the plan for the parties, the
client's copy, the consent form, the invitation list, its e-mail draft and
calendar file, the access export, the team report, both measures summaries,
the recovery sheet) is written in fi, sv and en and its text read back. The words looked for come
from the catalogue itself:
- on a fi or sv paper, every English source whose translation differs from it
  (and that is not itself a word of that language);
- on an en paper, every Finnish translation that differs from its source.
What the database holds (names, notes, the service map's organisations such as
"Kela") is printed as it is, in whatever language it was written, so a word
found there is not counted.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pytest

from tests.pdftext import pdf_text
from tyokykytiimi import i18n

PLACEHOLDER = re.compile(r"%\d|%n|\{[^}]*\}")


def _norm(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def _entries(lang: str):
    """(English source, translation) of every entry of ``lang``'s catalogue."""
    for key, text in i18n.translations(lang)._catalog.items():
        if isinstance(key, tuple):  # a plural form: (msgid, index)
            key = key[0]
        if key and isinstance(text, str):
            yield key.split("\x04")[-1], text


def _phrase(text: str) -> str:
    """The longest literal part of a text with placeholders (what a paper shows of it)."""
    parts = [p.strip(" .,:;–-()") for p in PLACEHOLDER.split(text)]
    return _norm(max(parts, key=len))


@lru_cache(maxsize=None)
def foreign_phrases(lang: str) -> tuple[str, ...]:
    """Phrases of the program that must not appear on a paper in ``lang``."""
    if lang == "en":
        sources = {w for s, _ in _entries("fi") for w in (_norm(s), _phrase(s))}
        found = {_phrase(t) for s, t in _entries("fi") if _norm(t) != _norm(s)}
        found -= sources
        return tuple(sorted(p for p in found if len(p) >= 5))
    same, differs = set(), set()
    for source, text in _entries(lang):
        (same if _norm(text) == _norm(source) else differs).add(source)
    own_words = {w for _, t in _entries(lang) for w in (_norm(t), _phrase(t))}
    found = {_phrase(s) for s in differs - same} - own_words
    return tuple(sorted(p for p in found if len(p) >= 4))


def _pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def foreign_words(text: str, lang: str, data: str = "") -> list[str]:
    """Program phrases of another language in ``text`` (those the data holds left out)."""
    text = _norm(text)
    return [p for p in foreign_phrases(lang)
            if p in text and _pattern(p).search(text) and not _pattern(p).search(data)]


@pytest.fixture(scope="module")
def papers(paper_run):
    """{(lang, name): text} for every PDF and e-mail draft written."""
    out = {}
    for f in paper_run["files"]:
        if f.suffix == ".pdf":
            out[(f.parent.name, f.name)] = pdf_text(f)
        elif f.suffix == ".txt":
            out[(f.parent.name, f.name)] = f.read_text("utf-8")
        elif f.suffix == ".ics":
            out[(f.parent.name, f.name)] = _ics_text(f.read_text("utf-8"))
    return out


def _ics_text(ics: str) -> str:
    """What a calendar shows of an .ics: its unfolded, unescaped property values
    (the product id, never shown, left out)."""
    lines = re.sub(r"\r?\n[ \t]", "", ics).splitlines()
    values = [line.split(":", 1)[1] for line in lines
              if ":" in line and not line.startswith(("PRODID", "UID"))]
    return "\n".join(v.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                     for v in values)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_paper_shows_another_language(papers, paper_run, lang):
    data = paper_run["data"]
    kinds = {re.sub(r"(-\d+)?\.\w+$", "", name) for (lang_, name) in papers if lang_ == lang}
    assert {"plan-parties", "plan-client", "consent", "invitation", "mail", "meeting", "access",
            "team-report", "measures-client", "measures-team", "recovery"} <= kinds
    found = {f"{lang}/{name}": words for (lang_, name), text in sorted(papers.items())
             if lang_ == lang and (words := foreign_words(text, lang, data))}
    assert not found, f"words of another language on the {lang} papers: {found}"


def test_the_check_finds_english_on_a_finnish_paper_and_finnish_on_an_english_one():
    # A team report whose column titles went untranslated (as they once did).
    assert "Clients" in foreign_words("Palvelupolun vaihe Clients 1 Ohjautuminen 3", "fi")
    assert "Outcome" in foreign_words("Orsak Outcome Avslutade", "sv")
    assert "Asiakkaan tiedot" in foreign_words("Asiakkaan tiedot Compiled by", "en")
    # The same word in the data (an organisation called so) is the data's own.
    assert foreign_words("Ansvarig Kela", "sv", data="Kela\nAnna Asiakas") == []
    assert "Kela" in foreign_words("Ansvarig Kela", "sv")
    # The language's own words are not flagged.
    assert foreign_words("Asiakkaan tiedot Palvelupolku", "fi") == []


# Where the paper says more than the history view on purpose.
_WORDED_DIFFERENTLY = {
    ("method", "paper"),  # "Signed on paper" (the consent's how) / "on paper"
    ("time_point", "other"),  # "Other measurement" / "other"
    # Swedish: a meeting (ett möte) is "planerat"/"inställt"; the history view's
    # words are shared with a task's (en uppgift: "planerad"/"avbruten").
    ("meetings.state", "planned"), ("meetings.state", "cancelled"),
}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_one_code_one_word_on_the_access_export_and_in_the_history(lang):
    """Issue 19: a status has one name on the screens (field_words) and the paper."""
    from tyokykytiimi.models.field_words import CODES
    from tyokykytiimi.reports.access_export_pdf import VALUES, L

    same_as = {"sex": "clients.sex", "language": "clients.language",
               "referrer": "clients.referrer", "method": "consents.method",
               "time_point": "answer_sets.time_point", "suggestion": "screenings.suggestion"}
    differ = []
    for field, codes in VALUES.items():
        words = CODES.get(same_as.get(field, field))
        for code in codes:
            if words is None or code not in words or (field, code) in _WORDED_DIFFERENTLY:
                continue
            paper = L.get(f"value.{field}.{code}", lang)
            screen = i18n.gettext(words[code], lang)
            if paper.casefold() != screen.casefold():
                differ.append(f"{field}.{code}: paper {paper!r}, history {screen!r}")
    assert not differ, "\n".join(differ)
