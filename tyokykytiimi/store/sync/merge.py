"""Per-field merge with conflicts kept (pure functions over a row's merge state).

Each field of a synced row holds its *heads*: the versions of that field no
other known version has superseded. A version is ``[vv, hlc, device, value]``:
``vv`` is a version vector (device -> sequence number) of everything the
writer had seen of the row, so "made on top of" is exact and never depends on
clocks. A write made on top of every head replaces them (the row moves
forward); a write made without knowing a head sits beside it: a conflict.
Applying the same version twice, or versions in any order, ends in the same
heads (a multi-value register, CouchDB's and ODK's idea per field).

Every workstation shows the same provisional value: the head with the greatest
``(hlc, device)``. A person's decision is a new write on top of all heads.

Besides two values of one field, a row is in conflict when a *sealing* version
(a delete, or a plan version's agreement) and an edit of another field were
made without knowing of each other.
"""
from __future__ import annotations

import json

META = frozenset({"updated_at", "updated_by"})  # follow the latest write, never a conflict
REMOVED = "__removed"  # a row taken out for good (not a soft delete)
# With REMOVED on a client merged into another (``duplicates``): the kept client's id.
MERGED_INTO = "__merged_into"


def stamps(user_id: str, now=None) -> dict:
    """The ``META`` fields of a change written now by ``user_id``: who and when."""
    from ...clock import utcnow
    return {"updated_at": (now or utcnow()).isoformat().replace("+00:00", "Z"),
            "updated_by": user_id}


def dominates(a: dict, b: dict) -> bool:
    """a has seen everything b has."""
    return all(a.get(k, 0) >= v for k, v in b.items())


def concurrent(a: dict, b: dict) -> bool:
    return not dominates(a, b) and not dominates(b, a)


def vv_merge(*vvs: dict) -> dict:
    out: dict = {}
    for vv in vvs:
        for k, v in vv.items():
            if v > out.get(k, 0):
                out[k] = v
    return out


def _key(head) -> tuple:
    return (head[1], head[2])


def absorb(heads: list, new: list) -> tuple[list, bool]:
    """Heads after seeing ``new``; and whether anything changed."""
    if any(dominates(h[0], new[0]) for h in heads):
        return heads, False
    kept = [h for h in heads if not dominates(new[0], h[0])]
    return sorted(kept + [new], key=_key), True


def winner(heads: list):
    return max(heads, key=_key)


def empty_state() -> dict:
    return {"ctx": {}, "f": {}}


def load(text: str | None) -> dict:
    return json.loads(text) if text else empty_state()


def dump(state: dict) -> str:
    return json.dumps(state, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def local_write(state: dict, fields: dict, device: str, seq: int, hlc: str) -> dict:
    """Record a local write of ``fields``; returns its version vector."""
    vv = vv_merge(state["ctx"], {device: seq})
    for name, value in fields.items():
        state["f"][name] = [[vv, hlc, device, value]]
    state["ctx"] = vv
    return vv


def remote_write(state: dict, fields: dict, vv: dict, device: str, hlc: str) -> bool:
    """Absorb a received change; True when any field's heads changed."""
    changed = False
    for name, value in fields.items():
        heads, moved = absorb(state["f"].get(name, []), [vv, hlc, device, value])
        if moved:
            state["f"][name] = heads
            changed = True
    state["ctx"] = vv_merge(state["ctx"], vv)
    return changed


def values(state: dict) -> dict:
    """The provisional value of every field the state knows."""
    return {name: winner(heads)[3] for name, heads in state["f"].items() if heads}


def _sealing(table: str, name: str, value) -> bool:
    if name == REMOVED:
        return bool(value)
    if name == "deleted_at":
        return value is not None
    return table == "plan_versions" and name == "state" and value == "agreed"


def conflicts(table: str, state: dict) -> list[dict]:
    """The row's conflicts: {"field", "kind", "heads"}; empty when there is none."""
    out = []
    fields = state["f"]
    if state.get("dup") and "id" in fields and not values(state).get(REMOVED):
        out.append({"field": "id", "kind": "duplicate", "heads": fields["id"]})
    for name, heads in sorted(fields.items()):
        if name in META:
            continue
        if len({json.dumps(h[3], sort_keys=True) for h in heads}) > 1:
            out.append({"field": name, "kind": "field", "heads": heads})
    seals = [(name, h) for name, heads in fields.items() for h in heads
             if _sealing(table, name, h[3])]
    for seal_name, seal in seals:
        for name, heads in sorted(fields.items()):
            if name in META or name == seal_name:
                continue
            clash = [h for h in heads if concurrent(h[0], seal[0])]
            if clash:
                # An edit of a copy made without knowing it had been merged into
                # another client (``duplicates``): a person says whether it counts.
                kind = "merged_edit" if (seal_name == REMOVED and
                                         values(state).get(MERGED_INTO)) else "seal"
                out.append({"field": seal_name, "kind": kind, "heads": [seal] + clash,
                            "against": name})
                break
    return out
