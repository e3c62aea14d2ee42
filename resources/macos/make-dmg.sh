#!/usr/bin/env bash
# The macOS disk image: dist/minutes-app.app (from packaging/build.py) beside a link to
# /Applications, compressed read-only. Run on macOS from the repository root:
#   bash resources/macos/make-dmg.sh        -> dist/minutes-app-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

app=dist/minutes-app.app
[ -d "$app" ] || { echo "make-dmg: $app is missing; run python packaging/build.py first" >&2; exit 1; }
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
out="dist/minutes-app-$version.dmg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "协会会议纪要 $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "make-dmg: wrote $out"
