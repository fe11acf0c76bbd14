"""Measuring instruments: versioned definitions and their pure scoring.

Definitions live as data in ``resources/instruments/<id>.v<version>.json`` so a
changed form becomes a new file, and every stored answer can name the version it
answered (DESIGN.md, data rules). Everything here is pure: the only I/O is reading
those files through :func:`tyokykytiimi.paths.resource_path`.

Rules that are deliberate, not accidental (DOMAIN.md, "Instruments"):

* No proration: none of the sources gives a rule, so a summed score with an
  unanswered item has no total; the answered items are kept on the result.
* Area-wise instruments (3X10D, the situation picture) have no total at all;
  their result is a per-area ``profile`` with gaps left as ``None``.
* BDI may be entered as a total only. Item 9 (suicidal thoughts) is asked then
  as a yes/no box; a non-zero item 9 or a "yes" raises a flag for the doctor,
  and an unknown item 9 raises its own flag so it cannot silently pass.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Mapping, Sequence

from tyokykytiimi import language
from tyokykytiimi.paths import resource_path
from ..i18n import _, gettext, pgettext, Message

LANGUAGES = ("fi", "sv", "en")
Direction = Literal["better", "same", "worse"]
Sex = Literal["female", "male"]

_FILE_NAME = re.compile(r"^(?P<id>[a-z0-9_]+)\.v(?P<version>\d+)\.json$")
_SETS_FILE = "sets.json"
_AUDIT_C = "audit_c"


class AnswerError(ValueError):
    """An answer the instrument does not allow.

    ``item`` is the 1-based item number (``None`` when the whole list or the
    total is at fault) so a form can put the message next to the right field.
    """

    def __init__(self, message: str, item: int | None = None):
        super().__init__(message)
        self.item = item


# --------------------------------------------------------------------------
# Definitions
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    value: int
    label: Mapping[str, str]


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    label: Mapping[str, str]
    values: tuple[int, ...]
    anchors: tuple[Anchor, ...] = ()
    safety_flag: bool = False
    flag: str | None = None


@dataclass(frozen=True)
class Band:
    code: str
    min: int
    max: int
    label: Mapping[str, str]


@dataclass(frozen=True)
class Subscore:
    id: str
    label: Mapping[str, str]
    items: tuple[int, ...]
    cut_points: Mapping[str, int]


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    title: Mapping[str, str]
    source: str
    licence_note: str
    better: Literal["higher", "lower"]
    scoring: Literal["sum", "none"]
    items: tuple[Item, ...]
    bands: tuple[Band, ...] = ()
    no_bands_reason: Mapping[str, str] | None = None
    subscores: tuple[Subscore, ...] = ()
    min_change: int | None = None
    total_only_allowed: bool = False
    total_min: int | None = None
    total_max: int | None = None
    show_mean: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def has_total(self) -> bool:
        return self.scoring == "sum"

    def item(self, number: int) -> Item:
        return self.items[number - 1]

    @property
    def bands_verified(self) -> bool:
        """False while the bands await a check against their primary source
        (``bands_source.verified`` in the data file)."""
        return bool(self.raw.get("bands_source", {}).get("verified", True))

    def band_text(self, band: Band, lang: str) -> str:
        """The band's name; bands not yet checked against their source say so
        wherever they are read, so no one takes them for confirmed limits."""
        if self.bands_verified:
            return band.label[lang]
        return gettext("{band} (limits not verified)", lang).format(band=band.label[lang])

    def band_for(self, total: int | None) -> Band | None:
        if total is None:
            return None
        for band in self.bands:
            if band.min <= total <= band.max:
                return band
        return None


def _instruments_dir():
    return resource_path("instruments")


@lru_cache(maxsize=1)
def _versions() -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for path in _instruments_dir().iterdir():
        match = _FILE_NAME.match(path.name)
        if match:
            found.setdefault(match["id"], []).append(int(match["version"]))
    return {ident: tuple(sorted(vs)) for ident, vs in found.items()}


def definition(instrument_id: str, version: int | None = None) -> Definition:
    """The definition of one instrument; the latest version unless one is named."""
    versions = _versions().get(instrument_id)
    if not versions:
        raise ValueError(f"unknown instrument {instrument_id!r}")
    if version is None:
        version = versions[-1]
    elif version not in versions:
        raise ValueError(f"instrument {instrument_id!r} has no version {version}")
    return _load(instrument_id, version)


@lru_cache(maxsize=None)
def _load(instrument_id: str, version: int) -> Definition:
    path = _instruments_dir() / f"{instrument_id}.v{version}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    try:
        return _parse(raw, instrument_id, version)
    except (KeyError, TypeError, ValueError) as exc:
        # A broken definition is a packaging bug: say which file, loudly.
        raise ValueError(f"{path.name}: invalid instrument definition: {exc}") from exc


def _labels(value: Any, what: str) -> Mapping[str, str]:
    if not isinstance(value, dict) or any(not value.get(lang) for lang in LANGUAGES):
        raise ValueError(f"{what} needs non-empty labels in {', '.join(LANGUAGES)}")
    return dict(value)


def _parse(raw: dict, instrument_id: str, version: int) -> Definition:
    if raw["id"] != instrument_id or raw["version"] != version:
        raise ValueError("id/version inside the file do not match its name")
    items = []
    for position, entry in enumerate(raw["items"], start=1):
        if entry["number"] != position:
            raise ValueError(f"item {entry['id']} is numbered {entry['number']}, expected {position}")
        values = tuple(int(v) for v in entry["scale"]["values"])
        anchors = tuple(
            Anchor(int(a["value"]), _labels(a["label"], f"anchor {a['value']} of {entry['id']}"))
            for a in entry["scale"].get("anchors", ())
        )
        if any(a.value not in values for a in anchors):
            raise ValueError(f"item {entry['id']} has an anchor outside its values")
        items.append(
            Item(
                id=entry["id"],
                number=position,
                label=_labels(entry["label"], f"item {entry['id']}"),
                values=values,
                anchors=anchors,
                safety_flag=bool(entry.get("safety_flag", False)),
                flag=entry.get("flag"),
            )
        )
    bands = tuple(
        Band(b["code"], int(b["min"]), int(b["max"]), _labels(b["label"], f"band {b['code']}"))
        for b in raw.get("bands", ())
    )
    for lower, upper in zip(bands, bands[1:]):
        if upper.min != lower.max + 1:
            raise ValueError(f"bands {lower.code} and {upper.code} leave a gap or overlap")
    if raw["scoring"] not in ("sum", "none"):
        raise ValueError(f"unknown scoring {raw['scoring']!r}")
    if raw["better"] not in ("higher", "lower"):
        raise ValueError(f"unknown direction {raw['better']!r}")
    if not bands and not raw.get("no_bands_reason"):
        raise ValueError("an instrument without bands must say why (no_bands_reason)")
    subscores = tuple(
        Subscore(
            s["id"],
            _labels(s["label"], f"subscore {s['id']}"),
            tuple(int(n) for n in s["items"]),
            dict(s.get("risky_cut_points", {})),
        )
        for s in raw.get("subscores", ())
    )
    total_range = raw.get("range", {})
    if raw.get("total_only_allowed") and not {"min", "max"} <= total_range.keys():
        raise ValueError("total-only entry needs the total's range (range.min, range.max)")
    return Definition(
        id=instrument_id,
        version=version,
        title=_labels(raw["title"], "title"),
        source=raw["source"],
        licence_note=raw["licence_note"],
        better=raw["better"],
        scoring=raw["scoring"],
        items=tuple(items),
        bands=bands,
        no_bands_reason=_labels(raw["no_bands_reason"], "no_bands_reason")
        if raw.get("no_bands_reason")
        else None,
        subscores=subscores,
        min_change=raw.get("min_change"),
        total_only_allowed=bool(raw.get("total_only_allowed", False)),
        total_min=total_range.get("min"),
        total_max=total_range.get("max"),
        show_mean=bool(raw.get("show_mean", False)),
        raw=raw,
    )


@lru_cache(maxsize=1)
def _sets() -> dict:
    return json.loads((_instruments_dir() / _SETS_FILE).read_text(encoding="utf-8"))


def prom_set() -> tuple[str, ...]:
    """The PROM follow-up, filled at the start and at six months."""
    return tuple(_sets()["prom_followup"]["instruments"])


def intake_options() -> tuple[str, ...]:
    """Instruments the intake interview may use as the case needs."""
    return tuple(_sets()["intake"]["instruments"])


def list_instruments() -> tuple[str, ...]:
    """Every instrument id: PROM set, intake options, situation, then any others."""
    ordered: list[str] = []
    for group in _sets().values():
        if isinstance(group, dict):
            ordered += [i for i in group.get("instruments", ()) if i not in ordered]
    ordered += sorted(i for i in _versions() if i not in ordered)
    return tuple(ordered)


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    instrument_id: str
    version: int
    answers: tuple[int | None, ...]
    total: int | None
    band: str | None
    complete: bool
    missing: tuple[int, ...] = ()
    mean: float | None = None
    subscores: dict[str, int | None] = field(default_factory=dict)
    profile: dict[str, int | None] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    total_only: bool = False


def _text(texts: Mapping[str, str]) -> str:
    return texts.get(language.current()) or texts["fi"]


def _value_list(values: Sequence[int]) -> str:
    values = sorted(values)
    if len(values) > 2 and values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}–{values[-1]}"
    if len(values) == 1:
        return str(values[0])
    last = values[-1]
    return ", ".join(str(v) for v in values[:-1]) + _(" and {last}").format(last=last)


def _item_name(item: Item) -> str:
    label = _text(item.label)
    # Numbered labels ("Kysymys 9", "Väittämä 3") already name the item.
    if label.endswith(f" {item.number}"):
        return label
    n = item.number
    return _("Question {n} ({label})").format(n=n, label=label)


def _as_int(value: Any, name: str, allowed: Sequence[int], item: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(Message("{name}: the answer {value!r} is not a number", name=name, value=value), item)
    if isinstance(value, float):
        if not value.is_integer():
            raise AnswerError(_not_allowed(name, allowed, value), item)
        value = int(value)
    if value not in allowed:
        raise AnswerError(_not_allowed(name, allowed, value), item)
    return value


def _not_allowed(name: str, allowed: Sequence[int], value: Any) -> str:
    shown = _value_list(allowed)
    return _("{name}: allowed values are {shown} (given {value})").format(name=name, shown=shown, value=value)


def _require_sequence(defn: Definition, answers: Any) -> None:
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        what = defn.raw.get("abbreviation") or defn.id
        raise AnswerError(Message("{what}: the answers must be a list", what=what))


def _check_answers(defn: Definition, answers: Sequence[int | None]) -> tuple[int | None, ...]:
    if len(answers) != len(defn.items):
        what = defn.raw.get("abbreviation") or _text(defn.title)
        want, got = len(defn.items), len(answers)
        if defn.total_only_allowed:
            raise AnswerError(Message("{what}: expected {want} answers or the total only, got {got}", what=what, want=want, got=got))
        raise AnswerError(Message("{what}: expected {want} answers, got {got}", what=what, want=want, got=got))
    return tuple(
        None if answer is None else _as_int(answer, _item_name(item), item.values, item.number)
        for item, answer in zip(defn.items, answers)
    )


def _is_total_only(defn: Definition, answers: Sequence) -> bool:
    return defn.total_only_allowed and len(defn.items) > 1 and len(answers) == 1


def score(
    instrument_id: str,
    answers: Sequence[int | None],
    *,
    version: int | None = None,
    safety_answer: bool | None = None,
) -> Score:
    """Score one filled form.

    ``answers`` is in item order with ``None`` for unanswered; for BDI/BDI-II
    entered as a total only it is ``[total]``, and ``safety_answer`` is the
    item-9 yes/no box (``None`` = not asked yet).
    """
    defn = definition(instrument_id, version)
    safety_items = [i for i in defn.items if i.safety_flag]
    if safety_answer is not None and not safety_items:
        raise ValueError(_("{instrument}: this measure has no safety question.").format(
            instrument=instrument_id))
    _require_sequence(defn, answers)
    if _is_total_only(defn, answers):
        return _score_total_only(defn, answers[0], safety_answer, safety_items)

    values = _check_answers(defn, answers)
    missing = tuple(item.number for item, v in zip(defn.items, values) if v is None)
    complete = not missing
    total = sum(values) if defn.has_total and complete else None  # type: ignore[arg-type]
    band = defn.band_for(total)
    subscores = {
        sub.id: (sum(values[n - 1] for n in sub.items)  # type: ignore[misc]
                 if all(values[n - 1] is not None for n in sub.items) else None)
        for sub in defn.subscores
    }
    profile = {} if defn.has_total else {item.id: v for item, v in zip(defn.items, values)}
    flags = []
    for item in safety_items:
        value = values[item.number - 1]
        raised = (value is not None and value > 0) or safety_answer is True
        flags += _safety_flags(item, raised, value is not None or safety_answer is not None)
    return Score(
        instrument_id=defn.id,
        version=defn.version,
        answers=values,
        total=total,
        band=band.code if band else None,
        complete=complete,
        missing=missing,
        mean=total / len(defn.items) if defn.show_mean and total is not None else None,
        subscores=subscores,
        profile=profile,
        flags=tuple(flags),
    )


def _score_total_only(defn: Definition, total: Any, safety_answer: bool | None,
                      safety_items: list[Item]) -> Score:
    if total is not None:
        allowed = range(defn.total_min, defn.total_max + 1)  # type: ignore[arg-type]
        total = _as_int(total, pgettext("instruments", "Total score"),
                        allowed, None)
    band = defn.band_for(total)
    flags = []
    for item in safety_items:
        flags += _safety_flags(item, safety_answer is True, safety_answer is not None)
    return Score(
        instrument_id=defn.id,
        version=defn.version,
        answers=(),
        total=total,
        band=band.code if band else None,
        complete=total is not None,
        missing=(),
        subscores={sub.id: None for sub in defn.subscores},
        flags=tuple(flags),
        total_only=True,
    )


def _safety_flags(item: Item, raised: bool, known: bool) -> list[str]:
    code = item.flag or f"item{item.number}"
    if raised:
        return [code]
    # An unanswered suicide question must stay visible, not read as "no".
    return [] if known else [f"{code}_unknown"]


# --------------------------------------------------------------------------
# AUDIT-C
# --------------------------------------------------------------------------


def audit_c_risky(audit_c_total: int | None, sex: Sex | None, age: int | None) -> bool | None:
    """Whether an AUDIT-C total reaches the Finnish risky-use cut point.

    Cut points (THL/FinMonik): men >= 6, women >= 5, anyone aged 65+ >= 4. With
    sex or age unknown the answer is still certain when every cut point that
    could apply agrees; otherwise ``None`` (cannot tell).
    """
    if audit_c_total is None:
        return None
    if isinstance(audit_c_total, bool) or not isinstance(audit_c_total, int) \
            or not 0 <= audit_c_total <= 12:
        raise ValueError(_("AUDIT-C: the total is 0–12 (given: {value}).").format(
            value=audit_c_total))
    if sex not in ("female", "male", None):
        raise ValueError(f"unknown sex {sex!r}")
    if age is not None and age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    cuts = next(s for s in definition("audit").subscores if s.id == _AUDIT_C).cut_points
    by_sex = [cuts[sex]] if sex else [cuts["female"], cuts["male"]]
    if age is None:
        candidates = by_sex + [cuts["age_65_plus"]]
    elif age >= 65:
        candidates = [cuts["age_65_plus"]]
    else:
        candidates = by_sex
    if audit_c_total >= max(candidates):
        return True
    if audit_c_total < min(candidates):
        return False
    return None


# --------------------------------------------------------------------------
# Change between two scores
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    delta: int | float | None
    direction: Direction | None
    clear: bool
    areas: dict[str, "Change"] = field(default_factory=dict)


_NO_CHANGE_KNOWN = Change(None, None, False)


def _classify(delta: int | None, better: str, min_change: int | None) -> Change:
    if delta is None:
        return _NO_CHANGE_KNOWN
    # Without a published noise limit any whole-point difference counts.
    threshold = min_change or 1
    if abs(delta) < threshold:
        return Change(delta, "same", False)
    improved = delta > 0 if better == "higher" else delta < 0
    return Change(delta, "better" if improved else "worse", True)


def change(instrument_id: str, before: Score, after: Score) -> Change:
    """How ``after`` differs from ``before`` (delta = after - before).

    Summed instruments compare totals; area-wise ones give one Change per area
    in ``areas`` and no overall direction. A missing total or area gives
    ``delta=None, direction=None, clear=False``.
    """
    for which, s in (("before", before), ("after", after)):
        if s.instrument_id != instrument_id:
            raise ValueError(f"{which} is a {s.instrument_id} score, not {instrument_id}")
    defn = definition(instrument_id, after.version)
    if defn.has_total:
        delta = None if before.total is None or after.total is None else after.total - before.total
        return _classify(delta, defn.better, defn.min_change)
    areas = {}
    for item in defn.items:
        old, new = before.profile.get(item.id), after.profile.get(item.id)
        delta = None if old is None or new is None else new - old
        areas[item.id] = _classify(delta, defn.better, defn.min_change)
    return Change(None, None, False, areas)


# --------------------------------------------------------------------------
# Situation picture (seed 002): three outlines on one radar
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SituationPicture:
    start: Score
    now: Score
    target: Score
    progress: Change  # start -> now, per area
    to_target: dict[str, int | None]  # target - now, per area


def score_situation(
    start: Sequence[int | None] | None,
    now: Sequence[int | None] | None,
    target: Sequence[int | None] | None,
    *,
    version: int | None = None,
) -> SituationPicture:
    """Score the start / now / target outlines (each twelve domains 0–5, gaps allowed)."""
    defn = definition("situation", version)
    blank = [None] * len(defn.items)
    outlines = {}
    for name, answers in (("start", start), ("now", now), ("target", target)):
        try:
            outlines[name] = score("situation", blank if answers is None else answers,
                                   version=defn.version)
        except AnswerError as exc:
            label = next(_text(o["label"]) for o in defn.raw["outlines"] if o["id"] == name)
            raise AnswerError(f"{label}: {exc}", exc.item) from exc
    to_target = {
        item.id: (None if outlines["now"].profile[item.id] is None
                  or outlines["target"].profile[item.id] is None
                  else outlines["target"].profile[item.id] - outlines["now"].profile[item.id])
        for item in defn.items
    }
    return SituationPicture(
        start=outlines["start"],
        now=outlines["now"],
        target=outlines["target"],
        progress=change("situation", outlines["start"], outlines["now"]),
        to_target=to_target,
    )
