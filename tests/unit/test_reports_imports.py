"""kauntaa.reports paints with QtGui only: the command line loads it for --pdf without widgets.

import-linter cannot forbid a single module of an external package, so this
reads the package's imports itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kauntaa.reports

ALLOWED_QT = {"PySide6.QtCore", "PySide6.QtGui"}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_reports_import_qt_painting_but_no_widgets_or_printing() -> None:
    package = Path(kauntaa.reports.__file__).parent
    modules = sorted(package.glob("*.py"))
    assert modules
    qt = {m for path in modules for m in _imports(path) if m.startswith(("PySide6", "shiboken6"))}
    assert qt
    assert qt <= ALLOWED_QT, f"reports import {sorted(qt - ALLOWED_QT)}"


def test_importing_the_package_loads_no_qt() -> None:
    init = Path(kauntaa.reports.__file__)
    assert not any(m.startswith("PySide6") for m in _imports(init))
