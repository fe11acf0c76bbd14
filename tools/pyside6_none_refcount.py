"""Does this PySide6 drop a reference to None on a void call? (the reason for the <6.12 pin)

    QT_QPA_PLATFORM=offscreen python tools/pyside6_none_refcount.py

On Python 3.11 (None is not immortal before 3.12) an affected PySide6 aborts
with "Fatal Python error: none_dealloc"; a sound one prints both counts.
6.12.0 aborts (re-tested 30.11.2026, the newest 6.12.x then); 6.11.3 does not.
"""
import sys
from PySide6.QtCore import QObject
print(sys.version.split()[0], "None refcount before:", sys.getrefcount(None))
o = QObject()
for n in range(200_000):
    o.setObjectName("x")  # a void call
print("None refcount after:", sys.getrefcount(None), "— survived", n + 1, "calls")
