"""The README's recipe opens a real encrypted copy with Python and ``cryptography`` alone.

Someone holding ``shop.kauntaa-enc`` and the passphrase, with Kauntaa gone, has only
the README. The recipe is taken from it exactly as printed (the ```python block under
``<!-- decrypt-recipe -->``), run in a fresh isolated interpreter outside the
repository on a copy made by ``kauntaa backup --encrypt`` at the real scrypt cost,
and its result opened with sqlite3. Kauntaa cannot be imported while it runs, and
every module it brings in is from the standard library or the ``cryptography``
package (with its ``cffi`` backend). The README's header table is checked against
the header the code writes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import struct
import subprocess
import sys
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest

from kauntaa.app import main
from kauntaa.domain.customers import CustomerFields
from kauntaa.services.shop import Shop
from kauntaa.storage.offsite import _HEADER, DEFAULT_COST, MAGIC

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
MARKER = "<!-- decrypt-recipe -->"
SECTION = "### The encrypted copy's format"
#: NFC; the recipe is given the decomposed form (ガ as カ + U+3099), which NFC joins again.
PASSPHRASE = "ガラスの花と猫 2026"
#: The same with full-width digits: NFKC would make it the passphrase, NFC does not.
FULL_WIDTH = "ガラスの花と猫 ２０２６"
#: Distributions whose modules the recipe may load besides the standard library.
ALLOWED = {"cryptography", "cffi", "pycparser"}

#: Runs the recipe file as ``python3 recipe.py FILE OUT`` would, with Kauntaa made
#: unimportable, and writes every module the recipe loaded (name and file) to a file.
HARNESS = """
import json, runpy, sys

class NoKauntaa:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "kauntaa":
            raise ImportError("the recipe must not need Kauntaa")
        return None

report, recipe, *args = sys.argv[1:]
sys.meta_path.insert(0, NoKauntaa())
sys.argv = [recipe, *args]
before = set(sys.modules)
try:
    runpy.run_path(recipe, run_name="__main__")
finally:
    loaded = {m: getattr(sys.modules.get(m), "__file__", None) for m in set(sys.modules) - before}
    with open(report, "w", encoding="utf-8") as f:
        json.dump(loaded, f)
"""


def readme_recipe() -> str:
    """The ```python block right under the marker, exactly as printed."""
    lines = README.read_text(encoding="utf-8").splitlines(keepends=True)
    marked = [i for i, line in enumerate(lines) if line.rstrip("\n") == MARKER]
    assert len(marked) == 1, f"README needs exactly one {MARKER} line"
    start = marked[0] + 1
    assert lines[start] == "```python\n", "the marker must sit right above a ```python block"
    end = lines.index("```\n", start + 1)
    return "".join(lines[start + 1 : end])


def run_recipe(
    tmp_path: Path, source: Path, target: Path, passphrase: str
) -> tuple[subprocess.CompletedProcess[str], dict[str, str | None]]:
    work = tmp_path / "elsewhere"  # outside the repository: nothing of Kauntaa beside it
    work.mkdir(exist_ok=True)
    assert REPO not in work.resolve().parents
    recipe = work / "decrypt_kauntaa.py"
    recipe.write_text(readme_recipe(), encoding="utf-8")
    harness = work / "harness.py"
    harness.write_text(HARNESS, encoding="utf-8")
    report = work / "loaded.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KAUNTAA"))}
    env["KAUNTAA_PASSPHRASE"] = passphrase
    done = subprocess.run(
        [sys.executable, "-I", str(harness), str(report), str(recipe), str(source), str(target)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    loaded: dict[str, str | None] = json.loads(report.read_text(encoding="utf-8"))
    return done, loaded


def foreign_modules(loaded: dict[str, str | None]) -> dict[str, str]:
    """Modules the recipe loaded from outside the standard library and ALLOWED."""
    from importlib.metadata import packages_distributions

    owners = packages_distributions()
    foreign = {}
    for name, file in loaded.items():
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or file is None:
            continue  # built in, or made at run time (cffi's _openssl.lib)
        if not set(owners.get(top, [top])) <= ALLOWED:
            foreign[name] = file
    return foreign


@pytest.fixture
def sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real shop with one customer, sealed by the command line at Kauntaa's own cost."""
    data = tmp_path / "shop"
    shop = Shop.open(data / "kauntaa.sqlite3", data / "backups")
    try:
        shop.customers.add(CustomerFields(name="田中 花子", reading="たなか はなこ"))
    finally:
        shop.close()
    target = tmp_path / "usb" / "shop.kauntaa-enc"
    target.parent.mkdir()
    monkeypatch.setenv("KAUNTAA_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data), "--lang", "en", "backup", "--encrypt", str(target)]) == 0
    assert target.read_bytes()[8] == DEFAULT_COST  # the real scrypt cost, 128 MiB
    return target


def test_the_readme_recipe_opens_a_real_encrypted_copy(tmp_path: Path, sealed: Path) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    restored = tmp_path / "restored.sqlite3"

    done, loaded = run_recipe(tmp_path, sealed, restored, decomposed)

    assert done.returncode == 0, done.stderr
    manifest = json.loads(done.stdout)
    assert manifest["reason"] == "offsite"
    assert manifest["row_counts"]["customer"] == 1
    assert manifest["size_bytes"] == restored.stat().st_size
    assert not any(name.partition(".")[0] == "kauntaa" for name in loaded)
    assert any(name.startswith("cryptography") for name in loaded)
    assert foreign_modules(loaded) == {}
    if os.name == "posix":
        assert restored.stat().st_mode & 0o777 == 0o600  # customer data: the owner only
    with closing(sqlite3.connect(restored)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("SELECT name, reading FROM customer").fetchall() == [
            ("田中 花子", "たなか はなこ")
        ]


def test_the_recipe_writes_nothing_for_a_passphrase_that_differs_only_in_width(
    tmp_path: Path, sealed: Path
) -> None:
    assert unicodedata.normalize("NFKC", FULL_WIDTH) == PASSPHRASE  # NFKC would accept it
    restored = tmp_path / "restored.sqlite3"

    done, _loaded = run_recipe(tmp_path, sealed, restored, FULL_WIDTH)

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == "wrong passphrase, or the file is damaged or was changed"
    assert not restored.exists()


def test_the_readme_header_table_is_the_header_kauntaa_writes() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION) : text.index(MARKER)]
    rows = re.findall(r"^\| (\d+) \| (\d+|to the end) \|", section, re.MULTILINE)
    header_rows = rows[: [size for _, size in rows].index("to the end") + 1]
    sizes = [struct.calcsize(">" + field) for field in re.findall(r"\d*[sB]", _HEADER.format[1:])]
    offsets = [sum(sizes[:i]) for i in range(len(sizes))]
    expected = [(str(o), str(s)) for o, s in zip(offsets, sizes, strict=True)]
    assert header_rows == [*expected, (str(_HEADER.size), "to the end")]
    assert f"`{MAGIC.decode('ascii')}`" in section
    assert f'`"{_HEADER.format}"`' in section
    assert f"`{DEFAULT_COST}` (N = 2^{DEFAULT_COST})" in section
    assert f'struct.unpack("{_HEADER.format}", header)' in readme_recipe()
