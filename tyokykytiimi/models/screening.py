"""Screening checklists as versioned data, and the hints they give.

The definitions live in ``resources/screening/<id>.v<version>.json`` so a
changed checklist is a new file, and an answer set records the version it
answered (DESIGN.md). Every result here is a suggestion: a person decides and
records the decision with its reason.

Answers are a mapping ``item_id -> "yes" | "no" | "unknown"``; an item missing
from the mapping counts as unanswered.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Literal, Mapping

from tyokykytiimi.paths import resource_path

__all__ = [
    "ANSWERS",
    "LANGUAGES",
    "Condition",
    "Definition",
    "DefinitionError",
    "Group",
    "Item",
    "Reason",
    "Suggestion",
    "Trigger",
    "TypHint",
    "evaluate_case_manager",
    "evaluate_criteria",
    "evaluate_typ",
    "list_definitions",
    "list_versions",
    "load_definition",
    "prefill",
]

Answer = Literal["yes", "no", "unknown"]
ANSWERS: tuple[str, ...] = ("yes", "no", "unknown")
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
KINDS = ("criteria", "case_manager", "typ_triggers")
_FILE_RE = re.compile(r"^(?P<id>[a-z0-9_]+)\.v(?P<version>\d+)\.json$")
_TYP_FIELDS = ("subsidy_days", "age", "months_unemployed")
_OPS = {">=": lambda a, b: a >= b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b, ">": lambda a, b: a > b}


class DefinitionError(ValueError):
    """A definition file is missing or malformed."""


# --- the definition model -------------------------------------------------------

@dataclass(frozen=True)
class Item:
    id: str
    group: str
    text: Mapping[str, str]
    expected: str | None = None          # criteria: the answer that fits the team
    points_to: Mapping[str, str] | None = None  # criteria: where a contrary answer leads
    decisive: bool = False               # case manager: settles the outcome alone
    prefill: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Group:
    id: str
    title: Mapping[str, str]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: int


@dataclass(frozen=True)
class Trigger:
    id: str
    text: Mapping[str, str]
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    kind: str
    title: Mapping[str, str]
    source: str
    valid_from: date
    valid_until: date | None = None
    note: Mapping[str, str] | None = None
    groups: tuple[Group, ...] = ()
    triggers: tuple[Trigger, ...] = ()

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for group in self.groups for item in group.items)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def is_valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


# --- results --------------------------------------------------------------------------

@dataclass(frozen=True)
class Reason:
    item_id: str
    why: str  # "contrary" | "unknown" | "unanswered" | "for" | "against" | "met"
    points_to: Mapping[str, str] | None = None


@dataclass(frozen=True)
class Suggestion:
    outcome: str
    reasons: list[Reason] = field(default_factory=list)

    @property
    def item_ids(self) -> list[str]:
        return [r.item_id for r in self.reasons]


@dataclass(frozen=True)
class TypHint:
    applies: bool
    reasons: list[str]           # ids of triggers that are met
    undecided: list[str] = field(default_factory=list)  # could be met; inputs missing
    source: str = ""
    valid_until: date | None = None
    note: Mapping[str, str] | None = None


# --- loading ------------------------------------------------------------------------

def _dir():
    return resource_path("screening")


def _versions_on_disk() -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    directory = _dir()
    if directory.is_dir():
        for path in directory.iterdir():
            match = _FILE_RE.match(path.name)
            if match:
                found.setdefault(match["id"], []).append(int(match["version"]))
    return {k: sorted(v) for k, v in found.items()}


def list_definitions() -> list[str]:
    return sorted(_versions_on_disk())


def list_versions(def_id: str) -> list[int]:
    """Versions available for ``def_id``, oldest first ([] when none)."""
    return _versions_on_disk().get(def_id, [])


def load_definition(def_id: str, version: int | None = None) -> Definition:
    """The definition ``def_id`` at ``version`` (the latest when None)."""
    if version is None:
        versions = list_versions(def_id)
        if not versions:
            raise DefinitionError(f"no screening definition {def_id!r}")
        version = versions[-1]
    return _load(def_id, int(version))


@lru_cache(maxsize=None)
def _load(def_id: str, version: int) -> Definition:
    path = _dir() / f"{def_id}.v{version}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DefinitionError(f"no screening definition {def_id!r} version {version}") from None
    except json.JSONDecodeError as exc:
        raise DefinitionError(f"{path.name}: not valid JSON ({exc})") from None
    try:
        definition = _parse(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise DefinitionError(f"{path.name}: {exc!r}") from None
    if (definition.id, definition.version) != (def_id, version):
        raise DefinitionError(f"{path.name}: id/version inside do not match the file name")
    return definition


def _texts(value: Any, what: str) -> Mapping[str, str]:
    if not isinstance(value, dict):
        raise ValueError(f"{what}: expected texts in {LANGUAGES}")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"{what}: missing text in {missing}")
    return MappingProxyType({lang: str(value[lang]) for lang in value})


def _parse(raw: dict) -> Definition:
    kind = raw["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    groups = tuple(_parse_group(g, kind) for g in raw.get("groups", ()))
    triggers = tuple(_parse_trigger(t) for t in raw.get("triggers", ()))
    ids = [i.id for g in groups for i in g.items] + [t.id for t in triggers]
    if len(ids) != len(set(ids)):
        raise ValueError("item ids are not unique")
    if kind == "case_manager" and {g.id for g in groups} != {"for", "against"}:
        raise ValueError("case manager groups must be 'for' and 'against'")
    if kind == "typ_triggers" and not triggers:
        raise ValueError("no triggers")
    until = raw.get("valid_until")
    note = raw.get("note")
    return Definition(
        id=raw["id"],
        version=int(raw["version"]),
        kind=kind,
        title=_texts(raw["title"], "title"),
        source=str(raw["source"]),
        valid_from=date.fromisoformat(raw["valid_from"]),
        valid_until=date.fromisoformat(until) if until else None,
        note=_texts(note, "note") if note else None,
        groups=groups,
        triggers=triggers,
    )


def _parse_group(raw: dict, kind: str) -> Group:
    items = []
    for r in raw["items"]:
        expected = r.get("expected")
        if kind == "criteria" and expected not in ("yes", "no"):
            raise ValueError(f"{r['id']}: expected must be 'yes' or 'no'")
        contrary = r.get("contrary") or {}
        items.append(Item(
            id=r["id"],
            group=raw["id"],
            text=_texts(r["text"], r["id"]),
            expected=expected,
            points_to=_texts(contrary["points_to"], r["id"]) if "points_to" in contrary else None,
            decisive=bool(r.get("decisive", False)),
            prefill=MappingProxyType(dict(r["prefill"])) if r.get("prefill") else None,
        ))
    return Group(id=raw["id"], title=_texts(raw["title"], raw["id"]), items=tuple(items))


def _parse_trigger(raw: dict) -> Trigger:
    conditions = tuple(Condition(c["field"], c["op"], int(c["value"])) for c in raw["all"])
    for c in conditions:
        if c.field not in _TYP_FIELDS or c.op not in _OPS:
            raise ValueError(f"{raw['id']}: unsupported condition {c}")
    return Trigger(id=raw["id"], text=_texts(raw["text"], raw["id"]), conditions=conditions)


# --- evaluation -------------------------------------------------------------------

def _check_answers(definition: Definition, answers: Mapping[str, str]) -> None:
    # Loud on mismatches: answers saved against another version must be
    # evaluated with that version, not silently with this one.
    known = {item.id for item in definition.items}
    for item_id, answer in answers.items():
        if item_id not in known:
            raise ValueError(f"{definition.id} v{definition.version} has no item {item_id!r}")
        if answer not in ANSWERS:
            raise ValueError(f"answer to {item_id!r} must be one of {ANSWERS}, not {answer!r}")


def evaluate_criteria(definition: Definition, answers: Mapping[str, str]) -> Suggestion:
    """accept / guide_elsewhere / more_info for the team's client criteria.

    A contrary answer anywhere suggests guiding elsewhere even if other items
    are still open: the open items are listed after the contrary ones.
    """
    _check_answers(definition, answers)
    contrary: list[Reason] = []
    open_items: list[Reason] = []
    for item in definition.items:
        answer = answers.get(item.id)
        if answer is None or answer == "unknown":
            open_items.append(Reason(item.id, "unanswered" if answer is None else "unknown"))
        elif answer != item.expected:
            contrary.append(Reason(item.id, "contrary", item.points_to))
    if contrary:
        return Suggestion("guide_elsewhere", contrary + open_items)
    if open_items:
        return Suggestion("more_info", open_items)
    return Suggestion("accept", [])


def evaluate_case_manager(definition: Definition, answers: Mapping[str, str]) -> Suggestion:
    """coordinator / consult / unclear for seed 004's checklist.

    - a decisive "against" item (another party coordinates) → consult;
    - something for and nothing against, with no "against" item left open →
      coordinator;
    - something against and nothing for → consult;
    - nothing for and every item answered "no" → consult (no need shown);
    - otherwise unclear: a person weighs it.
    """
    _check_answers(definition, answers)
    yes_for, yes_against, open_for, open_against = [], [], [], []
    for item in definition.items:
        answer = answers.get(item.id)
        is_for = item.group == "for"
        if answer == "yes":
            (yes_for if is_for else yes_against).append(item)
        elif answer != "no":
            (open_for if is_for else open_against).append(item)

    def reasons(items: list[Item], why: str) -> list[Reason]:
        return [Reason(i.id, why) for i in items]

    decisive = [i for i in yes_against if i.decisive]
    open_reasons = [Reason(i.id, "unknown" if answers.get(i.id) else "unanswered")
                    for i in open_for + open_against]
    if decisive:
        return Suggestion("consult", reasons(decisive, "against")
                          + reasons([i for i in yes_against if not i.decisive], "against"))
    if yes_for and not yes_against and not open_against:
        return Suggestion("coordinator", reasons(yes_for, "for"))
    if yes_against and not yes_for:
        return Suggestion("consult", reasons(yes_against, "against"))
    if not yes_for and not yes_against and not open_for and not open_against:
        return Suggestion("consult", [])
    return Suggestion("unclear", reasons(yes_for, "for") + reasons(yes_against, "against")
                      + open_reasons)


def evaluate_typ(
    definition: Definition,
    *,
    subsidy_days: int | None,
    age: int | None,
    months_unemployed: int | None,
) -> TypHint:
    """Whether the need for multisectoral joint service should be assessed.

    Three-valued per trigger: met, not met, or undecided when an input it
    needs is None. ``applies`` is True only for a trigger that is surely met.
    """
    values = {"subsidy_days": subsidy_days, "age": age, "months_unemployed": months_unemployed}
    met, undecided = [], []
    for trigger in definition.triggers:
        results = [
            None if values[c.field] is None else _OPS[c.op](values[c.field], c.value)
            for c in trigger.conditions
        ]
        if False in results:
            continue
        (undecided if None in results else met).append(trigger.id)
    return TypHint(
        applies=bool(met),
        reasons=met,
        undecided=undecided,
        source=definition.source,
        valid_until=definition.valid_until,
        note=definition.note,
    )


def prefill(definition: Definition, *, age: int | None = None) -> dict[str, str]:
    """Answers the program can suggest from known facts (now: age from the hetu)."""
    suggested: dict[str, str] = {}
    for item in definition.items:
        rule = item.prefill
        if rule and rule.get("from") == "age" and age is not None:
            inside = rule.get("min", age) <= age <= rule.get("max", age)
            suggested[item.id] = "yes" if inside else "no"
    return suggested
