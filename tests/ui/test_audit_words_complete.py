"""Every audit entry the program writes reads in words on the audit page and in
the client's access export: no raw action ("signing_key") or table name
("Followups") reaches an administrator or a client (#15.7).

The entries are found by scanning the program's source for its audit calls, so
a new kind of entry without its words fails here."""
import ast
from pathlib import Path

import tyokykytiimi
from tyokykytiimi.reports.access_export_pdf import ACTIONS as CLIENT_ACTIONS
from tyokykytiimi.models.field_words import TABLES
from tyokykytiimi.store.audit_words import AREAS
from tyokykytiimi.ui.admin.audit_page import AuditPage

PACKAGE = Path(tyokykytiimi.__file__).resolve().parent


def _literal_prefix(node) -> str | None:
    """"plan_version" of "plan_version:…" or f"plan_version:{id}"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.partition(":")[0]
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        text = node.values[0].value
        return text.partition(":")[0] if ":" in text else None
    return None


def written_entries():
    """(action, about a client?, target kind or None) of every audit call in the program."""
    out = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name not in ("audit", "record") or len(node.args) < 2:
                continue
            action = node.args[1]
            if not (isinstance(action, ast.Constant) and isinstance(action.value, str)):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            target = _literal_prefix(keywords["target"]) if "target" in keywords else None
            out.add((action.value, "client_id" in keywords, target))
    return out


def test_the_scan_finds_the_program_s_entries():
    entries = written_entries()
    actions = {a for a, _, _ in entries}
    # a scan that finds nothing would pass everything below
    assert {"view", "change", "sign_in", "signing_key", "path_undo"} <= actions
    assert len(entries) > 60


def test_every_target_has_a_word():
    missing = sorted({t for _, _, t in written_entries() if t} - set(AREAS) - set(TABLES))
    assert not missing


def test_every_action_has_a_name_on_the_audit_page(qtbot, store):
    page = AuditPage(store)
    qtbot.addWidget(page)
    names = page.action_names()
    missing = sorted({a for a, _, _ in written_entries()} - set(names) - {"sign_in_failed"})
    assert not missing
    assert "sign_in_failed" in names  # written as action="sign_in_failed"
    # and the page's filter offers every one of them
    offered = {page.action.itemData(i) for i in range(page.action.count())}
    assert set(names) <= offered


def test_every_client_action_has_words_in_the_access_export():
    missing = sorted({a for a, about_client, _ in written_entries() if about_client}
                     - set(CLIENT_ACTIONS))
    assert not missing
