"""minutes-app: meetings, votes, resolutions and action items of an association."""

# The release, as in pyproject.toml (a test keeps the two equal). A literal rather than
# importlib.metadata, which costs more than the rest of `minutes-app --version`.
__version__ = "0.1.0"
