"""Inventory sync: a small service with TLS mistakes for tlslint to find."""
