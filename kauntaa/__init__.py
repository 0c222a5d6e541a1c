"""Kauntaa: the customer memory of a small shop's counter."""

import time
from importlib.metadata import PackageNotFoundError, version

#: When the process started running Kauntaa's code, for the start-up figure of --self-test.
STARTED_AT = time.perf_counter()

try:
    __version__ = version("kauntaa")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Kauntaa"
