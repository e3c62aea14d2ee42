"""The JSON archive: one file that holds a whole database (see docs/archive-format.md)."""

FORMAT = "minutes-archive"
VERSION = 1
