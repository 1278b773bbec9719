import os
import subprocess
import sys


def run_export(day):
    env = dict(os.environ)
    subprocess.run(
        [sys.executable, "-m", "reports.export", day],
        env={**env, "SSLKEYLOGFILE": "/tmp/export-keys.log"},
        check=True,
    )


def run_import(day):
    env = {k: v for k, v in os.environ.items() if k != "SSLKEYLOGFILE"}
    subprocess.run([sys.executable, "-m", "reports.importer", day], env=env, check=True)
