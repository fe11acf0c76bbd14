"""Does the suite catch the defects issue 14 named? Each is a one-line change of
the program; the suite must fail on every one.

    python tools/mutations.py [--tests "tests/store tests/ui/test_consent_buttons.py …"]

Each mutation is applied to a copy of the checkout (never to the checkout
itself), the chosen tests run against that copy, and the result is printed:
CAUGHT (some test failed) or MISSED. Exit code 1 when any is missed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (what a person would meet, file, the line as it is, the line mutated)
MUTATIONS = [
    ("a non-administrator deactivates a user", "tyokykytiimi/store/users.py",
     '@operation("users")\ndef deactivate_user(', '@operation("client_work")\ndef deactivate_user('),
    ("an administrator deactivates their own account", "tyokykytiimi/store/users.py",
     "    if user_id == store.user.id:\n        raise InvalidInput(Message(\"You cannot deactivate",
     "    if False:\n        raise InvalidInput(Message(\"You cannot deactivate"),
    ("an invitee added without the consent the meeting needs", "tyokykytiimi/store/meetings.py",
     "        _consent_gate(s, meeting.client_id, meeting.kind, [data], today or clock.today())",
     "        pass"),
    ("'Mark signed' wired to Withdraw", "tyokykytiimi/ui/network/consents_tab.py",
     "self.sign_btn.clicked.connect(self.mark_signed)",
     "self.sign_btn.clicked.connect(self.withdraw)"),
    ("a plan agreed at another client's meeting", "tyokykytiimi/store/plans.py",
     "            if m is None or m.client_id != v.client_id:",
     "            if m is None:"),
    ("an empty PROM set saved (closing the follow-up)", "tyokykytiimi/store/measures.py",
     "    if entry.is_empty():", "    if False:"),
]
TESTS = ("tests/store tests/ui/test_consent_buttons.py tests/ui/test_measures_entry_rules.py "
         "tests/ui/test_roles_ui.py tests/ui/test_plan_ui.py")


def _copy() -> Path:
    """The checkout's tracked files as they are in the working tree."""
    tmp = Path(tempfile.mkdtemp(prefix="tk-mutation-"))
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, tmp / name)
    return tmp


def _pytest(tmp: Path, tests: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(tmp), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                           *tests.split()], cwd=tmp, env=env, capture_output=True, text=True)


def _first_failure(result) -> str:
    return next((line for line in result.stdout.splitlines() if line.startswith("FAILED")), "")


def run(tests: str) -> int:
    tmp = _copy()
    try:  # the tests must pass unmutated, or a failure below proves nothing
        baseline = _pytest(tmp, tests)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if baseline.returncode != 0:
        print(f"The chosen tests fail without any mutation: {_first_failure(baseline)}")
        return 2
    missed = 0
    for what, path, before, after in MUTATIONS:
        tmp = _copy()
        try:
            target = tmp / path
            text = target.read_text("utf-8")
            if text.count(before) != 1:
                print(f"STALE   {what}: the line to mutate is not in {path} once")
                missed += 1
                continue
            target.write_text(text.replace(before, after), "utf-8")
            result = _pytest(tmp, tests)
            caught = result.returncode == 1
            print(f"{'CAUGHT' if caught else 'MISSED'}  {what}  {_first_failure(result)}",
                  flush=True)
            missed += not caught
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if missed else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tests", default=TESTS)
    sys.exit(run(ap.parse_args().tests))
