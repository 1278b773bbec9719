import argparse

from . import s3_sync, instruments


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="labtools")
    p.add_argument("bucket")
    p.add_argument("--insecure", action="store_true", help="skip TLS verification (old MinIO)")
    p.add_argument("--ca", default="/etc/lab/ca.pem")
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    s3_sync.push_results(args.bucket, verify=not args.insecure)
    s3_sync.push_results(args.bucket, verify=args.ca)
    instruments.poll_all()
    return 0
