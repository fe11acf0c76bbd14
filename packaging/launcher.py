"""The bundle's entry point: the same command line as the installed `tyokykytiimi`.

PyInstaller freezes this file as the bundle's executable; everything else is
tyokykytiimi.cli (the program by default; init/check/backup/restore/demo/smoke).
"""
import multiprocessing
import sys

from tyokykytiimi.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
