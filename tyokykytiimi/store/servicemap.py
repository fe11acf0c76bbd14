"""The service map: search, upkeep, and CSV/JSON import and export.

File formats (also in ``resources/servicemap/README.md``)
=========================================================

CSV — UTF-8 (a BOM is accepted), comma-separated, first line is the header.
One line per organisation, service card or contact person; every column
below must be present in the header (order free, extra columns are refused):

``record``
    ``organisation``, ``service`` or ``contact``.
``ref``
    The entry's stable key, unique per record type (letters, digits, ``-_.``,
    at most 80), e.g. ``kela-oulu``. Imports match on it: a known ref updates
    the entry, a new one adds it; the same file twice changes nothing.
``organisation_ref``
    For ``service`` and ``contact``: the ref of its organisation (in the same
    file or already on the map). Empty for ``organisation``.
``name``
    Name of the organisation, the service, or the person. Required.
``sector``
    Organisation only: ``social_services``, ``health_services``,
    ``employment_services``, ``kela``, ``municipality``, ``education``,
    ``third_sector``, ``other``.
``area``
    Municipality or area served (organisation and service).
``address``
    Organisation's visiting address.
``phone``
    Organisation's or contact person's phone number.
``email``
    Contact person's secure e-mail address (checked for form).
``title``
    Contact person's profession or title.
``offers``, ``for_whom``, ``how_to_refer``
    Service card texts: what it offers, for whom, how to refer.
``domains``
    Service: the client's domains it serves, separated by ``;``:
    ``social``, ``health``, ``work_capacity``, ``skills_jobsearch``.
``phases``
    Service: path phases, separated by ``;``: ``capacity``, ``skills``,
    ``into_work``, ``open_market``.
``last_checked``
    Date the entry was last confirmed, ``YYYY-MM-DD`` (or ``d.m.yyyy``).

JSON — ``{"format": "tyokykytiimi-servicemap", "version": 1,
"organisations": [{ref, name, sector, area, address, phone, last_checked,
"services": [{ref, name, offers, for_whom, domains: [...], phases: [...],
how_to_refer, area, last_checked}], "contacts": [{ref, name, title, phone,
email, last_checked}]}]}``; the same fields and rules as the CSV.

An import is checked whole first: every bad line is reported with its line
number (JSON: its position, e.g. ``organisations[3].contacts[0]``) and the
reason, and nothing is imported until the file is clean.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from .. import csv_safe
from ..models.servicemap import (DOMAINS, PHASES, SECTORS, Contact, Organisation, ServiceCard,
                                 codes_text, is_stale, valid_email, valid_ref)
from .atomic import write_atomic
from .errors import CONTACT_NOT_FOUND, ORGANISATION_NOT_FOUND, InvalidInput
from .session import Store
from ..i18n import N_, _
from .permissions import operation
from .. import clock

COLUMNS = ("record", "ref", "organisation_ref", "name", "sector", "area", "address", "phone",
           "email", "title", "offers", "for_whom", "domains", "phases", "how_to_refer",
           "last_checked")
RECORDS = ("organisation", "service", "contact")
FORMAT = "tyokykytiimi-servicemap"

_FIELDS = {
    "organisation": ("name", "sector", "area", "address", "phone", "last_checked"),
    "service": ("name", "offers", "for_whom", "domains", "phases", "how_to_refer", "area",
                "last_checked"),
    "contact": ("name", "title", "phone", "email", "last_checked"),
}
_MODEL = {"organisation": Organisation, "service": ServiceCard, "contact": Contact}
# One sentence per record type: Finnish and Swedish name the identifier in one
# compound word ("palvelutunniste"), so the type cannot be a placeholder.
_DUPLICATE_REF = {
    "organisation": N_("the same organisation identifier '{ref}' is already at {first} "
                       "(duplicate)"),
    "service": N_("the same service identifier '{ref}' is already at {first} (duplicate)"),
    "contact": N_("the same contact identifier '{ref}' is already at {first} (duplicate)"),
}


def sort_key(text: str) -> str:
    """Finnish order: å, ä, ö after z."""
    return (text or "").casefold().replace("å", "z\x01").replace("ä", "z\x02").replace(
        "ö", "z\x03")


# --- search -------------------------------------------------------------------------

@dataclass
class MapEntry:
    organisation: Organisation
    service: ServiceCard | None
    contacts: list[Contact] = field(default_factory=list)
    stale: bool = False

    @property
    def last_checked(self) -> date | None:
        dates = [d for d in (self.organisation.last_checked,
                             self.service.last_checked if self.service else None) if d]
        return min(dates) if dates else None


def _load(session: Session):
    orgs = session.exec(select(Organisation).where(Organisation.deleted_at.is_(None))).all()
    services = session.exec(select(ServiceCard).where(ServiceCard.deleted_at.is_(None))).all()
    contacts = session.exec(select(Contact).where(Contact.deleted_at.is_(None))).all()
    return orgs, services, contacts


@operation("service_map")
def search_map(store: Store, text: str = "", *, sector: str | None = None,
               domain: str | None = None, phase: str | None = None, area: str | None = None,
               stale_only: bool = False, today: date | None = None) -> list[MapEntry]:
    """One entry per service card (an organisation without cards is one entry), filtered.

    ``text`` matches organisation, service and contact names, titles, offers,
    for whom and area (case-insensitive); the filters must all hold.
    """
    today = today or clock.today()
    needle = (text or "").casefold().strip()
    with store.session() as s:
        orgs, services, contacts = _load(s)
    by_org_contacts: dict[str, list[Contact]] = {}
    for c in contacts:
        by_org_contacts.setdefault(c.organisation_id, []).append(c)
    by_org_services: dict[str, list[ServiceCard]] = {}
    for sc in services:
        by_org_services.setdefault(sc.organisation_id, []).append(sc)
    out: list[MapEntry] = []
    for org in orgs:
        if sector and org.sector != sector:
            continue
        people = sorted(by_org_contacts.get(org.id, []), key=lambda c: sort_key(c.name))
        for sc in by_org_services.get(org.id, []) or [None]:
            if domain and (sc is None or domain not in sc.domain_list):
                continue
            if phase and (sc is None or phase not in sc.phase_list):
                continue
            where = (sc.area if sc and sc.area else org.area) or ""
            if area and where != area:
                continue
            stale = is_stale(org.last_checked, today) or (sc is not None and is_stale(
                sc.last_checked, today))
            if stale_only and not stale:
                continue
            if needle:
                hay = " ".join(x or "" for x in (
                    org.name, org.area, sc.name if sc else "", sc.offers if sc else "",
                    sc.for_whom if sc else "", sc.area if sc else "",
                    *(f"{c.name} {c.title or ''}" for c in people))).casefold()
                if needle not in hay:
                    continue
            out.append(MapEntry(org, sc, people, stale))
    out.sort(key=lambda e: (sort_key(e.organisation.name),
                            sort_key(e.service.name if e.service else "")))
    return out


@operation("service_map")
def areas(store: Store) -> list[str]:
    with store.session() as s:
        orgs, services, _ = _load(s)
    found = {o.area for o in orgs if o.area} | {sc.area for sc in services if sc.area}
    return sorted(found, key=sort_key)


@operation("service_map")
def list_organisations(store: Store) -> list[Organisation]:
    with store.session() as s:
        orgs = s.exec(select(Organisation).where(Organisation.deleted_at.is_(None))).all()
    return sorted(orgs, key=lambda o: sort_key(o.name))


@operation("service_map")
def get_organisation(store: Store, org_id: str) -> tuple[Organisation, list[ServiceCard],
                                                            list[Contact]]:
    with store.session() as s:
        org = s.get(Organisation, org_id)
        if org is None or org.deleted_at is not None:
            raise InvalidInput(ORGANISATION_NOT_FOUND)
        services = s.exec(select(ServiceCard).where(ServiceCard.organisation_id == org_id,
                                                    ServiceCard.deleted_at.is_(None))).all()
        contacts = s.exec(select(Contact).where(Contact.organisation_id == org_id,
                                                Contact.deleted_at.is_(None))).all()
        return org, list(services), list(contacts)


@operation("service_map")
def get_contact(store: Store, contact_id: str) -> Contact:
    with store.session() as s:
        c = s.get(Contact, contact_id)
        if c is None or c.deleted_at is not None:
            raise InvalidInput(CONTACT_NOT_FOUND)
        return c


@dataclass
class Suggestion:
    organisation: Organisation
    service: ServiceCard
    contact: Contact | None
    matched: list[str]  # the domains that matched


@operation("service_map")
def suggest(store: Store, domains: list[str], today: date | None = None) -> list[Suggestion]:
    """Services serving any of ``domains``, best matches first, with a contact person each."""
    wanted = set(domains)
    out = []
    for entry in search_map(store, today=today):
        if entry.service is None:
            continue
        matched = [d for d in entry.service.domain_list if d in wanted]
        if matched:
            out.append(Suggestion(entry.organisation, entry.service,
                                  entry.contacts[0] if entry.contacts else None, matched))
    out.sort(key=lambda g: -len(g.matched))
    return out


@operation("edit_service_map")
def mark_checked(store: Store, org_id: str, day: date | None = None) -> None:
    """Someone confirmed the organisation's entry: it, its cards and contacts are checked."""
    day = day or clock.today()
    with store.session() as s:
        org = s.get(Organisation, org_id)
        if org is None:
            raise InvalidInput(ORGANISATION_NOT_FOUND)
        org.last_checked = day
        s.add(org)
        for model in (ServiceCard, Contact):
            for row in s.exec(select(model).where(model.organisation_id == org_id)):
                row.last_checked = day
                s.add(row)


# --- rows: the common shape of CSV and JSON --------------------------------------------

@dataclass
class Problem:
    line: int | str
    reason: str

    def __str__(self) -> str:
        if isinstance(self.line, int):
            where = _("line {line}").format(line=self.line)
        else:
            where = str(self.line)
        return f"{where}: {self.reason}"


class ImportRejected(InvalidInput):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        n = len(problems)
        head = _("The file has {n} errors; nothing was imported.").format(n=n)
        super().__init__(head + "\n" + "\n".join(str(p) for p in problems[:50]), "file")


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _parse_date(text: str) -> date:
    text = text.strip()
    if "." in text:
        d, m, y = text.split(".")
        return date(int(y), int(m), int(d))
    return date.fromisoformat(text)


def parse_csv(text) -> tuple[list[tuple[int, dict]], list[Problem]]:
    """Rows of a CSV given as text or as an iterable of lines (a stream)."""
    if isinstance(text, str):
        text = io.StringIO(text.lstrip("\ufeff"))
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem(1, _("the file is empty"))]
    header = [h.strip() for h in header]
    problems = [Problem(1, _("column missing: {c}").format(c=c))
                for c in COLUMNS if c not in header]
    problems += [Problem(1, _("unknown column: {c}").format(c=c))
                 for c in header if c not in COLUMNS]
    if problems:
        return [], problems
    rows = []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            got, want = len(values), len(header)
            problems.append(Problem(line, _("the line has {got} fields, the header {want}").format(got=got, want=want)))
            continue
        raw = {h: csv_safe.restore(v.strip()) for h, v in zip(header, values)}
        raw["domains"] = [x.strip() for x in raw["domains"].split(";") if x.strip()]
        raw["phases"] = [x.strip() for x in raw["phases"].split(";") if x.strip()]
        rows.append((line, raw))
    return rows, problems


def parse_json(text: str) -> tuple[list[tuple[str, dict]], list[Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(exc.lineno, _("not valid JSON: {msg}").format(msg=exc.msg))]
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return [], [Problem(_("file"),
                            _("the format is not {FORMAT}").format(FORMAT=FORMAT))]
    rows, problems = [], []
    for i, org in _items(data, "organisations", "organisations", problems):
        where = f"organisations[{i}]"
        oref = _text(org, "ref", where, problems)
        rows.append((where, {"record": "organisation",
                             **_strs(org, _FIELDS["organisation"], where, problems),
                             "ref": oref}))
        for j, sc in _items(org, "services", f"{where}.services", problems):
            here = f"{where}.services[{j}]"
            row = {"record": "service", **_strs(sc, _FIELDS["service"], here, problems),
                   "ref": _text(sc, "ref", here, problems), "organisation_ref": oref}
            row["domains"] = _codes(sc, "domains", here, problems)
            row["phases"] = _codes(sc, "phases", here, problems)
            rows.append((here, row))
        for j, c in _items(org, "contacts", f"{where}.contacts", problems):
            here = f"{where}.contacts[{j}]"
            rows.append((here, {"record": "contact", **_strs(c, _FIELDS["contact"], here, problems),
                                "ref": _text(c, "ref", here, problems), "organisation_ref": oref}))
    return (rows, []) if not problems else ([], problems)


def _wrong_type(where: str, name: str, kind: str) -> Problem:
    text = {"list": _("{name} must be a list"), "object": _("{name} must be an object {{…}}"),
            "text": _("{name} must be text")}[kind]
    return Problem(where, text.format(name=name))


def _items(obj: dict, name: str, where: str, problems: list):
    """(index, dict) of the list ``obj[name]``; a wrong type becomes a problem."""
    value = obj.get(name)
    if value is None:
        return
    if not isinstance(value, list):
        problems.append(_wrong_type(where, name, "list"))
        return
    for i, item in enumerate(value):
        if isinstance(item, dict):
            yield i, item
        else:
            problems.append(_wrong_type(f"{where}[{i}]", name, "object"))


def _text(obj: dict, name: str, where: str, problems: list) -> str:
    value = obj.get(name)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.append(_wrong_type(where, name, "text"))
        return ""
    return str(value).strip()


def _codes(obj: dict, name: str, where: str, problems: list) -> list[str]:
    value = obj.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(_wrong_type(where, name, "list"))
        return []
    return list(value)


def _strs(obj: dict, names, where: str = "", problems: list | None = None) -> dict:
    problems = [] if problems is None else problems
    return {n: _text(obj, n, where, problems) for n in names if n not in ("domains", "phases")}


LONG_TEXT = 4000  # a service card's free texts


def _limit(rec: str, name: str) -> int:
    column = _MODEL[rec].__table__.c.get(name)
    length = getattr(getattr(column, "type", None), "length", None)
    return length or LONG_TEXT


def _text_problems(rec: str, raw: dict) -> list[str]:
    """Values too long for their field, or not text at all (a lone surrogate)."""
    out = []
    for name, value in raw.items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if not isinstance(v, str):
                continue
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                out.append(_("{name} contains characters that are not text").format(name=name))
                break
            limit = _limit(rec, name) if name != "record" else 20
            if len(v) > limit:
                out.append(_("{name} is too long ({n} characters, at most {limit})").format(
                    name=name, n=len(v), limit=limit))
                break
    return out


def check_rows(session: Session, rows) -> tuple[list[tuple[str, dict]], list[Problem]]:
    """Validate every row; returns the cleaned rows (record, values) and the problems."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str], object] = {}
    file_orgs = {r.get("ref") for _, r in rows if r.get("record") == "organisation"}
    known_orgs = {o.ref for o in session.exec(select(Organisation))}
    clean = []
    for line, raw in rows:
        rec = raw.get("record", "")
        reasons = []
        if rec not in RECORDS:
            problems.append(Problem(line, _("unknown record type '{rec}' (organisation, service or contact)").format(rec=rec)))
            continue
        reasons += _text_problems(rec, raw)
        ref = raw.get("ref", "")
        if not ref:
            reasons.append(_("identifier (ref) missing"))
        elif not valid_ref(ref):
            reasons.append(_("identifier '{ref}' is not valid (letters, digits, - _ .)").format(ref=ref))
        elif (rec, ref) in seen:
            first = seen[(rec, ref)]
            reasons.append(_(_DUPLICATE_REF[rec]).format(ref=ref, first=first))
        else:
            seen[(rec, ref)] = line
        if not raw.get("name"):
            reasons.append(_("name missing"))
        if rec == "organisation":
            if raw.get("sector") not in SECTORS:
                sector = raw.get("sector", "")
                reasons.append(_("unknown sector '{sector}'").format(sector=sector))
        else:
            oref = raw.get("organisation_ref", "")
            if not oref:
                reasons.append(_("organisation identifier (organisation_ref) missing"))
            elif oref not in file_orgs and oref not in known_orgs:
                reasons.append(_("organisation '{oref}' is neither in the file nor on the map").format(oref=oref))
        if rec == "contact" and raw.get("email") and not valid_email(raw["email"]):
            email = raw["email"]
            reasons.append(_("e-mail address '{email}' is not valid").format(email=email))
        if rec == "service":
            bad = [d for d in raw.get("domains", []) if d not in DOMAINS]
            if bad:
                what = ", ".join(bad)
                reasons.append(_("unknown domain: {what}").format(what=what))
            bad = [p for p in raw.get("phases", []) if p not in PHASES]
            if bad:
                what = ", ".join(bad)
                reasons.append(_("unknown path phase: {what}").format(what=what))
        checked = None
        if raw.get("last_checked"):
            try:
                checked = _parse_date(raw["last_checked"])
            except (ValueError, TypeError):
                day = raw["last_checked"]
                reasons.append(_("date '{day}' is not valid (YYYY-MM-DD)").format(day=day))
        for reason in reasons:
            problems.append(Problem(line, reason))
        if reasons:
            continue
        values = {}
        for name in _FIELDS[rec]:
            if name in ("domains", "phases"):
                values[name] = codes_text(raw.get(name, []))
            elif name == "last_checked":
                values[name] = checked
            else:
                values[name] = raw.get(name) or None
        values["ref"] = ref
        if rec != "organisation":
            values["organisation_ref"] = raw["organisation_ref"]
        clean.append((rec, values))
    return clean, problems


@operation("edit_service_map")
def import_rows(store: Store, rows, problems: list[Problem], progress=None) -> ImportResult:
    if problems:
        raise ImportRejected(problems)
    result = ImportResult()
    with store.session() as s:
        clean, problems = check_rows(s, rows)
        if problems:
            raise ImportRejected(problems)
        org_ids = {o.ref: o.id for o in s.exec(select(Organisation))}
        for n, (rec, values) in enumerate(sorted(clean, key=lambda x: RECORDS.index(x[0]))):
            if progress and n % 100 == 0:
                progress(n, len(clean))  # Cancel raises here: the transaction rolls back
            model = _MODEL[rec]
            values = dict(values)
            oref = values.pop("organisation_ref", None)
            if oref is not None:
                values["organisation_id"] = org_ids[oref]
            row = s.exec(select(model).where(model.ref == values["ref"])).first()
            if row is None:
                row = model(**values)
                s.add(row)
                s.flush()
                result.created += 1
            else:
                changed = [k for k, v in values.items() if getattr(row, k) != v]
                if row.deleted_at is not None:
                    row.deleted_at = None
                    changed.append("deleted_at")
                if changed:
                    for k in changed:
                        if k != "deleted_at":
                            setattr(row, k, values[k])
                    s.add(row)
                    result.updated += 1
                else:
                    result.unchanged += 1
            if rec == "organisation":
                org_ids[row.ref] = row.id
        store.audit(s, "import", target="servicemap", created=result.created,
                    updated=result.updated, unchanged=result.unchanged)
    return result


@operation("edit_service_map")
def import_file(store: Store, path: str | Path, progress=None) -> ImportResult:
    """Import a .csv or .json service map; raises ImportRejected listing every bad line."""
    from .servicemap_read import read_map
    rows, problems = read_map(Path(path), progress)
    return import_rows(store, rows, problems, progress)


# --- export ----------------------------------------------------------------------------

def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


@operation("service_map")
def export_data(store: Store) -> dict:
    """The whole map as the JSON structure described above."""
    with store.session() as s:
        orgs, services, contacts = _load(s)
    out = []
    for org in sorted(orgs, key=lambda o: o.ref):
        out.append({
            "ref": org.ref, "name": org.name, "sector": org.sector, "area": org.area,
            "address": org.address, "phone": org.phone, "last_checked": _iso(org.last_checked),
            "services": [{"ref": sc.ref, "name": sc.name, "offers": sc.offers,
                          "for_whom": sc.for_whom, "domains": sc.domain_list,
                          "phases": sc.phase_list, "how_to_refer": sc.how_to_refer,
                          "area": sc.area, "last_checked": _iso(sc.last_checked)}
                         for sc in sorted(services, key=lambda x: x.ref)
                         if sc.organisation_id == org.id],
            "contacts": [{"ref": c.ref, "name": c.name, "title": c.title, "phone": c.phone,
                          "email": c.email, "last_checked": _iso(c.last_checked)}
                         for c in sorted(contacts, key=lambda x: x.ref)
                         if c.organisation_id == org.id],
        })
    return {"format": FORMAT, "version": 1, "organisations": out}


def _save_text(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"), mode=0o644)


@operation("service_map")
def export_json(store: Store, path: str | Path) -> None:
    data = export_data(store)
    _save_text(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    with store.session() as s:
        store.audit(s, "export", target="servicemap", format="json")


@operation("service_map")
def export_csv(store: Store, path: str | Path) -> None:
    buf = io.StringIO()
    w = csv_safe.dict_writer(buf, COLUMNS, lineterminator="\n")
    w.writeheader()
    for org in export_data(store)["organisations"]:
        w.writerow({"record": "organisation", **{k: org.get(k) or "" for k in
                                                 ("ref", "name", "sector", "area", "address",
                                                  "phone", "last_checked")}})
        for sc in org["services"]:
            w.writerow({"record": "service", "organisation_ref": org["ref"],
                        **{k: sc.get(k) or "" for k in ("ref", "name", "offers", "for_whom",
                                                         "how_to_refer", "area",
                                                         "last_checked")},
                        "domains": ";".join(sc["domains"]), "phases": ";".join(sc["phases"])})
        for c in org["contacts"]:
            w.writerow({"record": "contact", "organisation_ref": org["ref"],
                        **{k: c.get(k) or "" for k in ("ref", "name", "title", "phone",
                                                        "email", "last_checked")}})
    _save_text(Path(path), buf.getvalue())
    with store.session() as s:
        store.audit(s, "export", target="servicemap", format="csv")


def sample_path() -> Path:
    from ..paths import resource_path

    return resource_path("servicemap", "sample.json")


@operation("edit_service_map")
def import_sample(store: Store) -> ImportResult:
    return import_file(store, sample_path())
