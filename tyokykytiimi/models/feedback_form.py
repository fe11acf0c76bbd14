"""The client feedback form: its versioned definition and the rules for answers.

The form is data in ``resources/feedback/<form id>.v<version>.json`` so that a
changed form becomes a new file and every stored answer names the version it
answered (DESIGN.md, data rules). Every word the client reads (questions,
worded scale anchors, buttons, the thank-you text) is in the file in Finnish,
Swedish and English: the client picks the language on the form itself, which
may differ from the staff's UI language.

Rules (pure; the only I/O is reading the definition file):

* each rating is one of the item's scale values, or unanswered (``None``);
  a missing item counts as unanswered, an unknown item id is refused;
* ``True``/``False`` are not ratings (Python would take them for 1 and 0);
* the free text has a maximum length from the definition;
* a feedback with no rating and no text is empty: there is nothing to store.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from tyokykytiimi.paths import resource_path
from tyokykytiimi.models.instruments import Anchor  # the same scale-point shape as the instruments

LANGUAGES = ("fi", "sv", "en")
DEFAULT_FORM = "client_feedback"
# Texts the feedback mode shows besides the questions; each must exist in every language.
REQUIRED_TEXTS = ("about_step", "keyboard_hint", "anonymous_label", "tied_note",
                  "anonymous_note", "anonymous_only_note", "clear", "send", "decline",
                  "nothing_answered", "save_failed", "thanks_title", "thanks_body", "done",
                  "language")

_FILE_NAME = re.compile(r"^(?P<id>[a-z0-9_]+)\.v(?P<version>\d+)\.json$")
_ITEM_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class FormError(ValueError):
    """A definition file that breaks the rules (a packaging bug)."""


class AnswerError(ValueError):
    """An answer the form does not allow.

    ``code`` says what is wrong ("unknown_item", "not_in_scale", "too_long",
    "empty") and ``field`` names the item id (or "free_text", or None for the
    whole answer) so a caller can word its message and place it.
    """

    def __init__(self, message: str, code: str, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.field = field


@dataclass(frozen=True)
class RatingItem:
    id: str
    text: Mapping[str, str]
    values: tuple[int, ...]
    anchors: tuple[Anchor, ...]
    hint: Mapping[str, str] | None = None

    def anchor(self, value: int) -> Anchor:
        for a in self.anchors:
            if a.value == value:
                return a
        raise KeyError(value)


@dataclass(frozen=True)
class FreeText:
    id: str
    text: Mapping[str, str]
    hint: Mapping[str, str] | None
    max_length: int


@dataclass(frozen=True)
class FormDefinition:
    id: str
    version: int
    title: Mapping[str, str]
    intro: Mapping[str, str]
    source: str
    items: tuple[RatingItem, ...]
    free_text: FreeText
    steps: Mapping[int, Mapping[str, str]]
    language_names: Mapping[str, str]
    texts: Mapping[str, Mapping[str, str]]
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    def item(self, item_id: str) -> RatingItem:
        for i in self.items:
            if i.id == item_id:
                return i
        raise KeyError(item_id)

    def text(self, key: str, lang: str) -> str:
        """One of the form's own texts (``REQUIRED_TEXTS``) in ``lang``."""
        return pick(self.texts[key], lang)

    def step_name(self, step: int | None, lang: str) -> str | None:
        if step is None or step not in self.steps:
            return None
        return pick(self.steps[step], lang)


def pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts["fi"]


# --------------------------------------------------------------------------
# loading and checking a definition


def _forms_dir():
    return resource_path("feedback")


@lru_cache(maxsize=1)
def _versions() -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for path in _forms_dir().iterdir():
        match = _FILE_NAME.match(path.name)
        if match:
            found.setdefault(match["id"], []).append(int(match["version"]))
    return {ident: tuple(sorted(vs)) for ident, vs in found.items()}


def versions(form_id: str = DEFAULT_FORM) -> tuple[int, ...]:
    return _versions().get(form_id, ())


def definition(form_id: str = DEFAULT_FORM, version: int | None = None) -> FormDefinition:
    """A feedback form's definition: the latest version unless one is named."""
    known = versions(form_id)
    if not known:
        raise ValueError(f"unknown feedback form: {form_id!r}")
    if version is None:
        version = known[-1]
    elif version not in known:
        raise ValueError(f"feedback form {form_id!r} has no version {version}")
    return _load(form_id, version)


@cache
def _load(form_id: str, version: int) -> FormDefinition:
    path = _forms_dir() / f"{form_id}.v{version}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    try:
        return parse(raw, form_id=form_id, version=version)
    except FormError as exc:
        raise FormError(f"{path.name}: {exc}") from exc


def _texts(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise FormError(f"{what}: texts must be an object by language")
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        raise FormError(f"{what}: missing text in {', '.join(missing)}")
    return {lang: str(value[lang]) for lang in LANGUAGES}


def _anchors(raw: Any, values: tuple[int, ...], what: str) -> tuple[Anchor, ...]:
    if not isinstance(raw, dict):
        raise FormError(f"{what}: anchors must be an object by value")
    keys = {str(v) for v in values}
    if set(raw) != keys:
        raise FormError(f"{what}: anchors must name every scale value {sorted(values)} once")
    return tuple(Anchor(v, _texts(raw[str(v)], f"{what} anchor {v}")) for v in values)


def parse(raw: Mapping[str, Any], *, form_id: str | None = None,
          version: int | None = None) -> FormDefinition:
    """Check a definition and build it; raises FormError naming what is wrong."""
    if not isinstance(raw, Mapping):
        raise FormError("a definition is a JSON object")
    ident, ver = raw.get("id"), raw.get("version")
    if not isinstance(ident, str) or not _ITEM_ID.match(ident):
        raise FormError("id must be a short lower-case name")
    if not isinstance(ver, int) or isinstance(ver, bool) or ver < 1:
        raise FormError("version must be a whole number from 1")
    if form_id is not None and ident != form_id:
        raise FormError(f"id {ident!r} does not match the file name ({form_id!r})")
    if version is not None and ver != version:
        raise FormError(f"version {ver} does not match the file name ({version})")
    scale = raw.get("scale") or {}
    values = scale.get("values")
    if (not isinstance(values, list) or len(values) < 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in values)
            or values != sorted(set(values))):
        raise FormError("scale.values must be two or more rising whole numbers")
    values = tuple(values)
    default_anchors = _anchors(scale.get("anchors"), values, "scale")
    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or not items_raw:
        raise FormError("items must be a non-empty list")
    items, seen = [], set()
    for n, it in enumerate(items_raw, start=1):
        item_id = it.get("id") if isinstance(it, dict) else None
        if not isinstance(item_id, str) or not _ITEM_ID.match(item_id):
            raise FormError(f"item {n}: id must be a short lower-case name")
        if item_id in seen:
            raise FormError(f"item {n}: id {item_id!r} used twice")
        seen.add(item_id)
        anchors = (_anchors(it["anchors"], values, f"item {item_id}") if "anchors" in it
                   else default_anchors)
        hint = _texts(it["hint"], f"item {item_id} hint") if "hint" in it else None
        items.append(RatingItem(item_id, _texts(it.get("text"), f"item {item_id}"), values,
                                anchors, hint))
    ft = raw.get("free_text")
    if not isinstance(ft, dict):
        raise FormError("free_text must be given")
    max_length = ft.get("max_length", 4000)
    if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
        raise FormError("free_text.max_length must be a positive whole number")
    ft_id = ft.get("id", "free_text")
    if ft_id in seen:
        raise FormError("free_text id is also an item id")
    free = FreeText(ft_id, _texts(ft.get("text"), "free_text"),
                    _texts(ft["hint"], "free_text hint") if "hint" in ft else None, max_length)
    steps_raw = raw.get("steps") or {}
    steps = {}
    for key, texts in steps_raw.items():
        if not str(key).isdigit():
            raise FormError(f"steps: {key!r} is not a step number")
        steps[int(key)] = _texts(texts, f"step {key}")
    names = _texts(raw.get("language_names"), "language_names")
    texts_raw = raw.get("texts") or {}
    missing = [k for k in REQUIRED_TEXTS if k not in texts_raw]
    if missing:
        raise FormError(f"texts: missing {', '.join(missing)}")
    texts = {k: _texts(v, f"text {k}") for k, v in texts_raw.items()}
    return FormDefinition(id=ident, version=ver, title=_texts(raw.get("title"), "title"),
                          intro=_texts(raw.get("intro"), "intro"),
                          source=str(raw.get("source") or ""), items=tuple(items),
                          free_text=free, steps=steps, language_names=names, texts=texts,
                          raw=dict(raw))


# --------------------------------------------------------------------------
# answers


def validate_answers(defn: FormDefinition, ratings: Mapping[str, Any] | None,
                     free_text: str | None = "") -> tuple[dict[str, int | None], str]:
    """The answers made whole: every item id with its rating or None, and the text.

    Raises AnswerError for an unknown item, a rating outside the scale, a text
    longer than allowed, or a feedback with nothing in it.
    """
    ratings = dict(ratings or {})
    unknown = sorted(set(ratings) - set(defn.item_ids))
    if unknown:
        raise AnswerError(f"unknown item {unknown[0]!r}", "unknown_item", unknown[0])
    whole: dict[str, int | None] = {}
    for item in defn.items:
        value = ratings.get(item.id)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value not in item.values):
            raise AnswerError(f"{item.id}: {value!r} is not on the scale "
                              f"{item.values[0]}–{item.values[-1]}", "not_in_scale", item.id)
        whole[item.id] = value
    text = (free_text or "").strip()
    if len(text) > defn.free_text.max_length:
        raise AnswerError(f"free text longer than {defn.free_text.max_length} characters",
                          "too_long", defn.free_text.id)
    if is_empty(whole, text):
        raise AnswerError("nothing answered", "empty", None)
    return whole, text


def is_empty(ratings: Mapping[str, Any] | None, free_text: str | None) -> bool:
    return all(v is None for v in (ratings or {}).values()) and not (free_text or "").strip()


@dataclass(frozen=True)
class ItemSummary:
    item_id: str
    answered: int
    unanswered: int
    mean: float | None
    counts: Mapping[int, int]  # scale value -> how many chose it


def summarise(defn: FormDefinition, answers: list[Mapping[str, int | None]]) -> list[ItemSummary]:
    """Per item: how many answered, the distribution and the mean (None if nobody)."""
    out = []
    for item in defn.items:
        chosen = [a.get(item.id) for a in answers]
        given = [v for v in chosen if v is not None]
        counts = {v: given.count(v) for v in item.values}
        out.append(ItemSummary(item.id, len(given), len(chosen) - len(given),
                               round(sum(given) / len(given), 2) if given else None, counts))
    return out
