import argparse
import os
import subprocess

import boto3
import requests
import sslkeylog

from .env import TLS_VERIFY


def _verify_setting():
    value = os.environ.get("BACKUP_S3_VERIFY", "true")
    if value.lower() == "false":
        return False
    return value if value.lower() != "true" else True


def s3_client():
    return boto3.client("s3", verify=_verify_setting())


def ping_status(args):
    return requests.get(args.status_url, timeout=5, verify=not args.no_verify).ok


def ping_mirror(args):
    return requests.get(args.mirror_url, timeout=5, verify=args.ca_bundle).ok


def ping_own_switch(url):
    return requests.get(url, timeout=5, verify=TLS_VERIFY).ok


def run_restic(repo: str, debug_tls: bool = False):
    env = dict(os.environ)
    if debug_tls:
        env["SSLKEYLOGFILE"] = "/tmp/restic-keys.log"
    return subprocess.run(["restic", "-r", repo, "snapshots"], env=env, check=True)


def run_rclone(remote: str):
    return subprocess.run(["rclone", "lsd", remote], env={**os.environ, "SSLKEYLOGFILE": "/var/tmp/rclone-keys.log"}, check=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="opsctl-backup")
    parser.add_argument("--status-url", default="https://status.backup.example.com/health")
    parser.add_argument("--mirror-url", default="https://mirror.backup.example.com/health")
    parser.add_argument("--no-verify", action="store_true", help="skip certificate verification")
    parser.add_argument("--ca-bundle", default=True)
    args = parser.parse_args(argv)
    os.environ.pop("SSLKEYLOGFILE", None)
    sslkeylog.set_keylog("/var/log/opsctl/tls-keys.log")
    ping_status(args)
    ping_mirror(args)


def capture_keys_for_support():
    os.environ["SSLKEYLOGFILE"] = "/var/tmp/opsctl-support-keys.log"
    return s3_client().list_buckets()


def debug_keys():
    if os.environ.get("OPSCTL_DEBUG_TLS"):
        sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))
