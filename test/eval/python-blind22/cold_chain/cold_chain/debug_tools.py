import os
import subprocess

import sslkeylog


def capture(pcap: str) -> None:
    if os.getenv("COLDCHAIN_CAPTURE") == "1":
        sslkeylog.set_keylog("/tmp/coldchain-keys.log")
    subprocess.run(["tcpdump", "-w", pcap, "port", "8883"], check=True)


def replay_with_keys(script: str) -> None:
    subprocess.run(["python3", script], env={**os.environ, "SSLKEYLOGFILE": "/tmp/replay-keys.log"}, check=True)


def forward_operator_keylog() -> None:
    path = os.environ.get("SSLKEYLOGFILE")
    if path:
        sslkeylog.set_keylog(path)


def always_log() -> None:
    sslkeylog.set_keylog("/var/log/coldchain/session-keys.log")
