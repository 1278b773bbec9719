"""deploytool: push releases to app servers (a small Fabric/Salt-like tool)."""
