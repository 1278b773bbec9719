"""Nightly report job: fetch bounces, build the report, mail it, archive it."""
from .smtp_send import open_smtp, send_report  # re-exported for the cron wrapper

__all__ = ["open_smtp", "send_report"]
