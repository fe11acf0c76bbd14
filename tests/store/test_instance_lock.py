"""The one-program-per-database lock, across real processes."""
import os
import subprocess
import sys
import textwrap

import pytest

from tyokykytiimi.store.errors import AlreadyRunning, NotWritable
from tyokykytiimi.store.instance import LOCK_FILE, InstanceLock

HOLD = textwrap.dedent("""
    import sys, time
    from tyokykytiimi.store.instance import InstanceLock
    lock = InstanceLock(sys.argv[1]).acquire()
    print("held", flush=True)
    time.sleep(60)
""")


def _holder(folder):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_process_is_refused_until_the_first_ends(tmp_path):
    proc = _holder(tmp_path)
    try:
        with pytest.raises(AlreadyRunning) as caught:
            InstanceLock(tmp_path).acquire()
        assert "jo käynnissä" in caught.value.render("fi")
    finally:
        proc.kill()  # a crash, not a tidy exit: the system drops the lock all the same
        proc.wait()
    lock = InstanceLock(tmp_path).acquire()
    assert lock.held
    lock.release()
    assert (tmp_path / LOCK_FILE).exists()  # the file stays: the next program locks the same one


def test_release_lets_the_next_one_in_and_twice_is_harmless(tmp_path):
    first = InstanceLock(tmp_path).acquire()
    with pytest.raises(AlreadyRunning):
        InstanceLock(tmp_path).acquire()
    first.release()
    first.release()
    assert not first.held
    second = InstanceLock(tmp_path).acquire()
    assert second.held
    second.release()


def test_a_folder_not_made_yet_is_made_owner_only(tmp_path):
    folder = tmp_path / "uusi" / "tiimi"  # a restore into a new folder
    lock = InstanceLock(folder).acquire()
    try:
        assert (folder / LOCK_FILE).exists()
        if os.name == "posix":
            assert folder.stat().st_mode & 0o777 == 0o700
            assert (folder / LOCK_FILE).stat().st_mode & 0o777 == 0o600
    finally:
        lock.release()


def test_a_file_in_the_way_is_not_writable(tmp_path):
    (tmp_path / "tiedosto").write_text("")
    with pytest.raises(NotWritable):
        InstanceLock(tmp_path / "tiedosto").acquire()
