import argparse
import logging
import sys

from . import config
from .targets import ftps, s3


def build_parser():
    p = argparse.ArgumentParser(prog="vaultkeeper")
    p.add_argument("archive")
    p.add_argument("--config")
    p.add_argument("--ca-file", help="CA bundle for FTPS targets")
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    s3_targets, ftps_targets = config.load(args.config)
    for t in s3_targets:
        logging.info("uploaded %s", s3.upload(t, args.archive))
    for t in ftps_targets:
        ftps.push(t, args.archive, ca_file=args.ca_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
