#!/bin/sh
# Install the Työkykytiimi bundle for the current user (no root needed):
#   the program     ~/.local/opt/tyokykytiimi/
#   the command     ~/.local/bin/tyokykytiimi
#   the menu entry  ~/.local/share/applications/tyokykytiimi.desktop
#   the icons       ~/.local/share/icons/hicolor/*/apps/tyokykytiimi.{png,svg}
#
#   ./install.sh              from inside the unpacked bundle folder
#   ./install.sh --uninstall  removes the above again
#
# The team's database is not touched either way: it lives in
# ~/.local/share/tyokykytiimi (or TYOKYKYTIIMI_DATA_DIR, or --data-dir).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt=${TYOKYKYTIIMI_INSTALL_DIR:-$HOME/.local/opt/tyokykytiimi}
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

remove() {
  # only a folder that holds our program is ever deleted
  if [ -x "$opt/tyokykytiimi" ] && [ -d "$opt/_internal" ]; then
    rm -rf "$opt"
  fi
  [ -L "$bin/tyokykytiimi" ] && rm -f "$bin/tyokykytiimi"
  rm -f "$apps/tyokykytiimi.desktop"
  for size in 256 128 64 48 32 16; do
    rm -f "$icons/${size}x${size}/apps/tyokykytiimi.png"
  done
  rm -f "$icons/scalable/apps/tyokykytiimi.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "Työkykytiimi removed. The database in $data_home/tyokykytiimi was kept."
  exit 0
fi

if [ ! -x "$here/tyokykytiimi" ] || [ ! -d "$here/_internal" ]; then
  echo "Run install.sh from inside the bundle folder (dist/tyokykytiimi)." >&2
  exit 2
fi
if [ "$here" = "$opt" ]; then
  echo "Already installed in $opt." >&2
  exit 0
fi

remove
mkdir -p "$(dirname "$opt")" "$bin" "$apps"
cp -a "$here" "$opt"
ln -sf "$opt/tyokykytiimi" "$bin/tyokykytiimi"
for size in 256 128 64 48 32 16; do
  if [ -f "$here/share/icons/tyokykytiimi-$size.png" ]; then
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/share/icons/tyokykytiimi-$size.png" "$icons/${size}x${size}/apps/tyokykytiimi.png"
  fi
done
mkdir -p "$icons/scalable/apps"
cp "$here/share/icons/tyokykytiimi.svg" "$icons/scalable/apps/tyokykytiimi.svg"
# the menu starts the program by its full path: ~/.local/bin is not always on the desktop's PATH
sed "s|^Exec=.*|Exec=\"$opt/tyokykytiimi\"|" "$here/share/tyokykytiimi.desktop" > "$apps/tyokykytiimi.desktop"
chmod 644 "$apps/tyokykytiimi.desktop"
refresh
echo "Työkykytiimi installed in $opt; start it from the menu or with: tyokykytiimi"
