"""Drawn reports: the day's charts and the printable day, painted with Qt's QPainter.

Why a package of its own, between the front ends and the services:

- The same drawing serves the window (a chart widget's ``paintEvent`` paints
  onto itself) and paper (the PDF writer and the system printer paint onto a
  ``QPagedPaintDevice``), so the charts on screen and on paper are one code.
- The command line writes the PDF too (``kauntaa summary --pdf``), and the
  command line must never load the window. This package therefore imports only
  ``PySide6.QtCore`` and ``PySide6.QtGui`` (painter, fonts, ``QPdfWriter``),
  never ``QtWidgets`` or ``kauntaa.gui``; the CLI starts a ``QGuiApplication``
  on the offscreen platform, so it works without a display.
- It reads domain objects only (``DaySummary``, ``DayCharts``) and never the
  database: the callers fetch through the services and hand the results over.

The import-linter contracts in ``pyproject.toml`` hold this: the layers run
app → gui | cli → reports → services → storage → domain; Qt may be imported by
``kauntaa.gui`` and ``kauntaa.reports`` only, and the CLI reaches Qt only
through this package (lazily, for ``--pdf``). QtCharts is not used: it ships in
PySide6-Addons (+59 MB), which the installer leaves out.

Importing the package itself loads no Qt: the drawing lives in its modules.
"""
