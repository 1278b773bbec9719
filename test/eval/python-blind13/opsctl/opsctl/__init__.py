"""opsctl: the platform team's operations CLI."""

__version__ = "2.4.1"
