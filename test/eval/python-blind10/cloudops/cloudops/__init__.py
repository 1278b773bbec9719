"""Ops scripts: storage sync, queue drains, cluster probes."""
