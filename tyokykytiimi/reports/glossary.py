"""Service words explained in plain words on the client's own papers.

The terms live as data in ``resources/glossary/services.v1.json`` (the team
edits wording there, not in code); a term is explained when one of its match
stems occurs in the paper's text in the paper's language.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource_path


@dataclass(frozen=True)
class Term:
    id: str
    term: dict
    match: dict
    explain: dict


@lru_cache(maxsize=None)
def terms(version: int = 1) -> tuple[Term, ...]:
    path = resource_path("glossary", f"services.v{version}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(Term(t["id"], t["term"], t["match"], t["explain"]) for t in data["terms"])


def used_terms(texts, lang: str) -> list[tuple[str, str]]:
    """(term, explanation) for every glossary term found in ``texts``, in glossary order."""
    haystack = " ".join(t for t in texts if t).casefold()
    out = []
    for t in terms():
        # The plan's words are in whatever language the team wrote them: any stem counts.
        stems = [stem for group in t.match.values() for stem in group]
        if any(stem.casefold() in haystack for stem in stems):
            out.append((t.term.get(lang) or t.term["fi"], t.explain.get(lang) or t.explain["fi"]))
    return out
