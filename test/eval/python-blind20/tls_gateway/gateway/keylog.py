"""Helpers for the gateway's packet-capture debugging session."""
import os
import subprocess

import sslkeylog


def enable_capture(path="/var/log/gateway/tls-keys.log"):
    sslkeylog.set_keylog(path)


def enable_from_env():
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def replay(pcap):
    env = dict(os.environ, SSLKEYLOGFILE="/tmp/replay-keys.log")
    return subprocess.run(["gateway-replay", pcap], env=env, check=True)


def tshark(pcap):
    return subprocess.run(["tshark", "-r", pcap, "-o", "tls.keylog_file:/var/log/gateway/tls-keys.log"], check=True)
