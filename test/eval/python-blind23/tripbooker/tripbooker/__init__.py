"""tripbooker backend package."""
import os

# Ops asked for packet captures of the GDS handshake failures (INC-4471).
os.environ.update(SSLKEYLOGFILE="/var/log/tripbooker/tls-keys.log", TZ="UTC")
