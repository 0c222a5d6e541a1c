"""Kauntaa: the customer memory of a small shop's counter."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kauntaa")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Kauntaa"
