#!/bin/sh
# Install this minutes-app folder for the current user (no root): the program in
# ~/.local/opt/minutes-app, the command in ~/.local/bin, the menu entry, the AppStream
# metadata and the icons in the hicolor sizes. Run it from the copied folder:
#   sh minutes-app/install.sh
# The user's data (~/.local/share/minutes-app) is a different folder and stays as it is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.minutes_app.MinutesApp
share="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/minutes-app"

if [ "$here" != "$opt" ]; then
  rm -rf "$opt.new"
  mkdir -p "$(dirname "$opt")"
  cp -a "$here" "$opt.new"
  rm -rf "$opt"
  mv "$opt.new" "$opt"
fi
mkdir -p "$HOME/.local/bin" "$share/applications" "$share/metainfo" "$share/icons"
ln -sf "$opt/minutes-app" "$HOME/.local/bin/minutes-app"
cp -a "$opt/share/icons/hicolor" "$share/icons/"
sed "s|^Exec=minutes-app|Exec=$opt/minutes-app|" "$opt/share/applications/$id.desktop" \
  > "$share/applications/$id.desktop"
cp "$opt/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "minutes-app installed in $opt (menu: 协会会议纪要)"
