"""Harbor: internal platform SDK and ops tooling."""

__version__ = "0.9.3"
