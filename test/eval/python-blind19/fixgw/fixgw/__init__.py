"""FIX 4.4 gateway: order entry and drop copy sessions to trading venues over TLS."""
__version__ = "2.4.1"
