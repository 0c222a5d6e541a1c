"""Kauntaa: the customer memory of a small shop's counter."""

from __future__ import annotations

import time

#: When the process started running Kauntaa's code, for the start-up figure of --self-test.
STARTED_AT = time.perf_counter()

APP_NAME = "Kauntaa"


def __getattr__(name: str) -> str:
    # The version comes from the package metadata, read on first use: importlib.metadata
    # costs ~50 ms, which the window's start-up should not pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("kauntaa")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
