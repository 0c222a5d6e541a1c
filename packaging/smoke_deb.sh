#!/usr/bin/env bash
# Installs the .deb, smoke-tests the installed app, times its start against the
# same start from source, and removes it again. Run as root, from anywhere:
#   bash packaging/smoke_deb.sh build/kauntaa_<version>_<arch>.deb
# Figures go to build/package-figures.json. Any failure exits non-zero.
set -euo pipefail
deb=$(realpath "$1")
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen DEBIAN_FRONTEND=noninteractive
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# apt-get (not dpkg -i) so the Depends come in; refresh the lists only when a
# fresh machine has none to resolve them from.
if ! apt-get install -y -qq "$deb" >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq "$deb" >/dev/null
fi
test -x /opt/kauntaa/kauntaa
test -L /usr/bin/kauntaa
test -f /usr/share/applications/kauntaa.desktop
test -f /usr/share/icons/hicolor/scalable/apps/kauntaa.svg

# --version must come from the bundled package metadata, not the source fallback.
version=$(dpkg-query -W -f '${Version}' kauntaa)
[ "$(kauntaa --version)" = "kauntaa $version" ] || {
  echo "kauntaa --version says '$(kauntaa --version)', the package is $version" >&2
  exit 1
}
echo "kauntaa --version: $(kauntaa --version)"
kauntaa --data-dir "$data" demo --customers 50 --seed 3 2>/dev/null
kauntaa --data-dir "$data" search ta --limit 3

# The bundled libraries behind the other commands: the PDF (QtGui offscreen), the
# map (networkx), vCard (vobject), encoding detection, the encrypted copy (cryptography).
kauntaa --data-dir "$data" summary --pdf "$data/day.pdf" >/dev/null
head -c 5 "$data/day.pdf" | grep -q '%PDF-'
kauntaa --data-dir "$data" map --out "$data/map.svg" >/dev/null
grep -q '<svg' "$data/map.svg"
kauntaa --data-dir "$data" export "$data/all.vcf" >/dev/null
kauntaa --data-dir "$data" import "$data/all.vcf" --dry-run >/dev/null
kauntaa --data-dir "$data" export "$data/all.csv" --encoding cp932 >/dev/null
kauntaa --data-dir "$data" import "$data/all.csv" --dry-run >/dev/null
KAUNTAA_PASSPHRASE="a long passphrase for the smoke test" \
  kauntaa --data-dir "$data" backup --encrypt "$data/copy.kauntaa-enc" >/dev/null
test -s "$data/copy.kauntaa-enc"

# One --self-test run (launch → window → search → card → exit); prints
# "<whole ms> <window ms>", both on the wall clock from the moment of launch, so
# the window figure includes the bootloader and the interpreter's own start. It
# fails unless the run exits 0 with {"ok": true, …}.
self_test() {
  local started ended line
  started=$(date +%s%N)
  line=$("$@" --data-dir "$data" --self-test | tail -n 1)
  ended=$(date +%s%N)
  python3 -c 'import json, sys
result = json.loads(sys.argv[1])
assert result["ok"], result
started, ended = int(sys.argv[2]), int(sys.argv[3])
print((ended - started) / 1e6, (result["shown_at_ns"] - started) / 1e6)' "$line" "$started" "$ended"
}
first=$(kauntaa --data-dir "$data" --self-test | tail -n 1)
echo "self-test (installed): $first"
python3 -c 'import json, sys; assert json.loads(sys.argv[1])["ok"]' "$first"

# Five runs each, installed and source taking turns so both see the same disk
# cache and machine load. The first installed run is the coldest.
: >"$data/installed" && : >"$data/source"
for _ in 1 2 3 4 5; do
  self_test /usr/bin/kauntaa >>"$data/installed"
  self_test .venv/bin/kauntaa >>"$data/source"
done

mkdir -p build
python3 - "$data/installed" "$data/source" <<'PY'
import json
import statistics
import sys


def figures(path):
    runs = [tuple(map(float, line.split())) for line in open(path)]
    assert len(runs) == 5, runs
    return {
        "self_test_ms": round(statistics.median(wall for wall, _ in runs), 1),
        "window_ms": round(statistics.median(window for _, window in runs), 1),
        "runs": [
            {"self_test_ms": round(wall, 1), "window_ms": round(window, 1)} for wall, window in runs
        ],
    }


installed, source = figures(sys.argv[1]), figures(sys.argv[2])
result = {f"installed_{key}": value for key, value in installed.items() if key != "runs"}
result |= {f"source_{key}": value for key, value in source.items() if key != "runs"}
result |= {"installed_runs": installed["runs"], "source_runs": source["runs"]}
with open("build/package-figures.json", "w") as out:
    json.dump(result, out, indent=1)
for name, fig in (("installed", installed), ("source", source)):
    print(
        f"{name:9}  whole --self-test {fig['self_test_ms']:7.1f} ms (median of 5),"
        f" window shown at {fig['window_ms']:6.1f} ms"
    )
# The target is the cold start to the main window; the whole self-test (search,
# card, the lazily loaded modules, exit) is reported beside it.
assert installed["window_ms"] <= 2000, "installed start to the window over the 2 s target"
PY

apt-get remove -y -qq kauntaa >/dev/null
test ! -e /opt/kauntaa
test ! -e /usr/bin/kauntaa
test ! -e /usr/share/applications/kauntaa.desktop
echo "smoke test passed: installed, ran, timed, removed (figures in build/package-figures.json)"
