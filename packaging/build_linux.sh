#!/usr/bin/env bash
# Builds the PyInstaller bundle and a .deb from it, into build/.
#   bash packaging/build_linux.sh        (from the repository root, with .venv holding '.[package]')
# The .deb puts the bundle under /opt/kauntaa, links /usr/bin/kauntaa, adds a menu
# entry and icon, and depends on the system libraries PyInstaller does not bundle
# (GL/EGL, xcb and xkb for the window, fontconfig and a CJK font for Japanese).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

version=$(.venv/bin/python -c 'from importlib.metadata import version; print(version("kauntaa"))')
arch=$(dpkg --print-architecture)

.venv/bin/pyinstaller packaging/kauntaa.spec --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller --log-level WARN
bundle_seconds=$(($(date +%s) - started))

root=build/deb/kauntaa_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" \
  "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/kauntaa "$root/opt/kauntaa"
ln -s /opt/kauntaa/kauntaa "$root/usr/bin/kauntaa"
install -m 644 packaging/linux/kauntaa.desktop "$root/usr/share/applications/kauntaa.desktop"
install -m 644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/kauntaa.svg"

installed_kib=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: kauntaa
Version: ${version}
Architecture: ${arch}
Maintainer: Kauntaa <kauntaa@localhost>
Installed-Size: ${installed_kib}
Section: misc
Priority: optional
Depends: libgl1, libegl1, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3,
 libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0,
 libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1,
 libxcb-xfixes0, libxcb-xkb1, fonts-noto-cjk | fonts-ipafont-gothic
Description: the regulars of a small shop, by name
 Kauntaa (カウンター) keeps what a café or shop owner knows about the regulars:
 what to call them, their usual order, notes, introductions and circles, and
 tells the day back by name. Offline; one SQLite file on the shop's computer.
CONTROL

deb=build/kauntaa_${version}_${arch}.deb
# zstd: a few seconds instead of a minute for xz, at ~40 % more size.
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null

total_seconds=$(($(date +%s) - started))
bundle_mib=$(du -sm dist/kauntaa | cut -f1)
deb_mib=$(($(stat -c %s "$deb") / 1048576))
printf 'bundle: %s MiB on disk (built in %ss)\n.deb:   %s (%s MiB), %ss in all\n' \
  "$bundle_mib" "$bundle_seconds" "$deb" "$deb_mib" "$total_seconds"
printf '{"version": "%s", "bundle_mib": %s, "deb_mib": %s, "bundle_seconds": %s, "total_seconds": %s}\n' \
  "$version" "$bundle_mib" "$deb_mib" "$bundle_seconds" "$total_seconds" > build/package-build.json
