"""certwatch: TLS probes for the monitoring stack."""
__version__ = "0.7.2"
