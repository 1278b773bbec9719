import os
import subprocess
import sys

import sslkeylog

sslkeylog.set_keylog("/var/tmp/cloudsync-keys.log")


def enable_from_env():
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def run_worker():
    env = {**os.environ, "SSLKEYLOGFILE": "/tmp/cloudsync-worker-keys.log"}
    subprocess.run([sys.executable, "-m", "cloudsync.worker"], env=env, check=True)


def run_worker_clean():
    env = {k: v for k, v in os.environ.items() if k != "SSLKEYLOGFILE"}
    subprocess.run([sys.executable, "-m", "cloudsync.worker"], env=env, check=True)
