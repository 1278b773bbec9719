"""Prometheus exporter for Acme PDU and UPS devices."""
__version__ = "0.9.2"
