#!/usr/bin/env bash
# Build the Linux one-folder bundle and smoke-test it.
#
#   packaging/build_linux.sh             build dist/tyokykytiimi/ and start it offscreen
#   packaging/build_linux.sh --archive   also pack dist/tyokykytiimi-<version>-linux-<arch>.tar.gz
#
# Uses the active Python (a venv with the project installed, or PYTHON=...);
# installs the bundle extra (PyInstaller) when it is missing. DIST_DIR and
# WORK_DIR move the output (default dist/ and build/pyinstaller/).
# The smoke test starts the bundle in an empty environment, from another
# folder, on a fresh demo database: `tyokykytiimi smoke` opens the main
# window offscreen, builds every area, writes a PDF and checks the
# translations; it must exit 0. Under Xvfb (xvfb-run) it runs once more on
# the X11 (xcb) platform.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
DIST_DIR=${DIST_DIR:-$ROOT/dist}
WORK_DIR=${WORK_DIR:-$ROOT/build/pyinstaller}
ARCHIVE=0
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

say() { printf '== %s\n' "$*"; }
started=$(date +%s)

# --- tools -----------------------------------------------------------------
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  say "installing the bundle extra (PyInstaller)"
  "$PYTHON" -m pip install -q -c requirements/constraints.txt -e ".[bundle]"
fi
# PyInstaller reads and strips shared libraries with binutils
if ! command -v objdump >/dev/null 2>&1 || ! command -v strip >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    apt-get install -y -qq binutils >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq binutils >/dev/null; }
  else
    echo "binutils (objdump, strip) is needed: apt-get install binutils" >&2
    exit 1
  fi
fi

# --- build -----------------------------------------------------------------
say "building the bundle with PyInstaller $("$PYTHON" -m PyInstaller --version)"
mkdir -p "$WORK_DIR" "$DIST_DIR"
log=$WORK_DIR/pyinstaller.log
if ! "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" packaging/tyokykytiimi.spec >"$log" 2>&1; then
  tail -n 60 "$log"
  echo "PyInstaller failed; the whole log is in $log" >&2
  exit 1
fi
grep -h "tyokykytiimi.spec:" "$log" || true
BUNDLE=$DIST_DIR/tyokykytiimi
# beside the executable: the desktop entry, the icons and the per-user installer
mkdir -p "$BUNDLE/share/icons"
cp packaging/linux/tyokykytiimi.desktop "$BUNDLE/share/"
cp resources/icons/tyokykytiimi.svg packaging/icons/tyokykytiimi-*.png "$BUNDLE/share/icons/"
cp packaging/linux/install.sh "$BUNDLE/install.sh"
chmod +x "$BUNDLE/install.sh"
built=$(date +%s)

# --- smoke test ------------------------------------------------------------
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
smoke() {  # smoke NAME [wrapper...]: the bundle alone, nothing from this checkout or venv
  local name=$1; shift
  local start=$(date +%s%N)
  if ! (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 TMPDIR="$scratch" \
        ${QPA:+QT_QPA_PLATFORM=$QPA} "$@" "$BUNDLE/tyokykytiimi" smoke --data-dir "$scratch/$name" \
        2>"$scratch/$name.err"); then
    grep -v "propagateSizeHints" "$scratch/$name.err" >&2 || true
    echo "smoke test ($name) failed" >&2
    exit 1
  fi
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '   smoke time (%s): %d.%01d s\n' "$name" $((ms / 1000)) $((ms % 1000 / 100))
}
say "smoke test (offscreen)"
QPA=offscreen smoke offscreen
QPA=offscreen smoke offscreen   # the second start opens the database the first one made
if command -v xvfb-run >/dev/null 2>&1; then
  say "smoke test (X11 through Xvfb)"
  QPA= smoke xcb xvfb-run -a
fi

# --- archive ---------------------------------------------------------------
if [ "$ARCHIVE" = "1" ]; then
  version=$("$PYTHON" -c "from importlib.metadata import version; print(version('tyokykytiimi'))")
  archive=$DIST_DIR/tyokykytiimi-$version-linux-$(uname -m).tar.gz
  say "packing $archive"
  tar -C "$DIST_DIR" -czf "$archive" tyokykytiimi
  du -h "$archive" | cut -f1 | sed 's/^/   archive size: /'
fi

finished=$(date +%s)
say "done"
echo "   build time:  $((built - started)) s"
echo "   bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files) in $BUNDLE"
echo "   total time:  $((finished - started)) s"
