#!/usr/bin/env bash
# Installs the .deb, smoke-tests the installed app, times its cold start against
# the same start from source, and removes it again. Run as root:
#   bash packaging/smoke_deb.sh build/kauntaa_<version>_<arch>.deb
set -euo pipefail
deb=$(realpath "$1")
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# apt-get pulls in the Depends; dpkg -i alone would stop at the first missing one.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
test -x /opt/kauntaa/kauntaa
test -L /usr/bin/kauntaa
test -f /usr/share/applications/kauntaa.desktop

/usr/bin/kauntaa --version
/usr/bin/kauntaa --data-dir "$data" demo --customers 50 --seed 3 2>/dev/null
/usr/bin/kauntaa --data-dir "$data" search ta --limit 1 >/dev/null

# Cold start: the whole --self-test run (window shown, a search typed, a card
# opened), wall clock from launch to exit, median of 5, installed vs source.
timings() {
  local command=$1
  for _ in 1 2 3 4 5; do
    local started ended
    started=$(date +%s%N)
    $command --data-dir "$data" --self-test >"$data/self-test.json"
    ended=$(date +%s%N)
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["ok"], d; print((int(sys.argv[3])-int(sys.argv[2]))/1e6, d["startup_ms"])' \
      "$data/self-test.json" "$started" "$ended"
  done | sort -n | sed -n 3p
}
read -r installed_wall installed_startup < <(timings /usr/bin/kauntaa)
read -r source_wall source_startup < <(timings .venv/bin/kauntaa)
printf 'installed: %s ms to exit (window at %s ms)\nsource:    %s ms to exit (window at %s ms)\n' \
  "$installed_wall" "$installed_startup" "$source_wall" "$source_startup"
mkdir -p build
printf '{"installed_self_test_ms": %s, "installed_window_ms": %s, "source_self_test_ms": %s, "source_window_ms": %s}\n' \
  "$installed_wall" "$installed_startup" "$source_wall" "$source_startup" > build/package-figures.json

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kauntaa >/dev/null
test ! -e /opt/kauntaa
test ! -e /usr/bin/kauntaa
echo "smoke test passed: installed, ran, removed"
