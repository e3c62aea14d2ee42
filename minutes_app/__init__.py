"""minutes-app: meetings, votes, resolutions and action items of an association."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("minutes-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
