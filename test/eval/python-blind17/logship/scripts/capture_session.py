"""Capture a shipper session for Wireshark while debugging the SIEM relay."""
import os
import subprocess
import sys

os.environ["SSLKEYLOGFILE"] = "/var/tmp/logship-keys.log"

sys.exit(subprocess.call([sys.executable, "-m", "logship", "--once"]))
