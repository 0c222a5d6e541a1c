#!/usr/bin/env bash
# Builds the PyInstaller bundle (dist/kauntaa) and a .deb from it
# (build/kauntaa_<version>_<arch>.deb). From anywhere, with .venv holding '.[package]':
#   bash packaging/build_linux.sh
# Needs binutils (PyInstaller strips and reads the libraries) and dpkg-deb.
# The .deb puts the bundle under /opt/kauntaa, links /usr/bin/kauntaa, adds a menu
# entry and icon, and depends on the system libraries PyInstaller leaves out.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

# The version the bundle reports comes from the installed metadata, so the .deb
# takes it from the same place.
version=$(.venv/bin/python -c 'from importlib.metadata import version; print(version("kauntaa"))')
arch=$(dpkg --print-architecture)

.venv/bin/pyinstaller packaging/kauntaa.spec --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller --log-level WARN
bundle_seconds=$(($(date +%s) - started))

# Every library the bundle links must be in it or come from Depends below.
# PyInstaller leaves out libc, libGL, libEGL and libxcb on purpose, and the xcb
# helper libraries the xcb plugin links (icccm, keysyms, shape, cursor) come from
# Depends when the build host lacks them; anything else missing means the trimming
# in the spec cut too deep.
needed=$({ find dist/kauntaa -type f -name '*.so*' -print0 | xargs -0 readelf -d 2>/dev/null || true; } |
  sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
missing=$(for lib in $needed; do
  [ -n "$(find dist/kauntaa -name "$lib" -print -quit)" ] || echo "$lib"
done | grep -vxE 'lib(c|m|dl|pthread|rt|resolv)\.so\.[0-9]+|ld-linux-[a-z0-9_-]+\.so\.[0-9]+|lib(GL|EGL|xcb)\.so\.1|libxcb-(icccm|keysyms|shape|cursor)\.so\.[0-9]+' || true)
if [ -n "$missing" ]; then
  echo "the bundle links libraries it neither holds nor depends on:" $missing >&2
  exit 1
fi

root=build/deb/kauntaa_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" \
  "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/kauntaa "$root/opt/kauntaa"
ln -s /opt/kauntaa/kauntaa "$root/usr/bin/kauntaa"
install -m 644 packaging/linux/kauntaa.desktop "$root/usr/share/applications/kauntaa.desktop"
install -m 644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/kauntaa.svg"

# Depends: libc6 (the bundle uses glibc 2.36 symbols), libgl1, libegl1 and libxcb1
# are linked from the system. The xcb, xkb, glib, dbus, fontconfig and freetype
# libraries are bundled from the build host, but depending on them also brings
# their configuration (fontconfig's font list) and matches what Qt needs on a bare
# Debian. A CJK font, or Japanese shows as empty boxes.
installed_kib=$(du -sk "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: kauntaa
Version: ${version}
Architecture: ${arch}
Maintainer: Kauntaa <kauntaa@localhost>
Installed-Size: ${installed_kib}
Section: misc
Priority: optional
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libfontconfig1, libfreetype6,
 libglib2.0-0, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0,
 libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, fonts-noto-cjk | fonts-ipafont-gothic
Description: the regulars of a small shop, by name
 Kauntaa (カウンター) keeps what a café or shop owner knows about the regulars:
 what to call them, their usual order, notes, introductions and circles, and
 tells the day back by name. Offline; one SQLite file on the shop's computer.
CONTROL

deb=build/kauntaa_${version}_${arch}.deb
# xz: about 90 s on two cores, but the package is ~25 % smaller than with zstd,
# which is what keeps it under the 80 MB target (numpy, for the map's layout,
# and cryptography, for the encrypted copy, weigh ~55 MiB unpacked).
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
deb_bytes=$(stat -c %s "$deb")
if [ "$deb_bytes" -gt 80000000 ]; then
  echo "the .deb is $deb_bytes bytes, over the 80 MB target" >&2
  exit 1
fi

total_seconds=$(($(date +%s) - started))
bundle_mib=$(du -sm dist/kauntaa | cut -f1)
deb_mib=$((deb_bytes / 1048576))
echo "bundle: $(du -sh dist/kauntaa | cut -f1) on disk (dist/kauntaa, built in ${bundle_seconds}s)"
echo ".deb:   $(du -h "$deb" | cut -f1) ($deb); ${total_seconds}s in all"
printf '{"version": "%s", "bundle_mib": %s, "deb_mib": %s, "deb_bytes": %s, "bundle_seconds": %s, "total_seconds": %s}\n' \
  "$version" "$bundle_mib" "$deb_mib" "$deb_bytes" "$bundle_seconds" "$total_seconds" >build/package-build.json
