import os
import subprocess
import sys

import sslkeylog


def enable_tls_debugging(app):
    if not app.debug:
        return
    os.environ["SSLKEYLOGFILE"] = os.path.join(app.instance_path, "tls-keys.log")


def install_keylog_for_support_bundle(bundle_dir):
    sslkeylog.set_keylog(os.path.join(bundle_dir, "sslkeys.txt"))


def run_sync_worker():
    env = {**os.environ, "SSLKEYLOGFILE": "/var/log/portal/sync-keys.log"}
    subprocess.run([sys.executable, "-m", "portal.sync"], env=env, check=True)


def keylog_from_environment():
    return os.environ.get("SSLKEYLOGFILE")
