import argparse
import sys

from .http import build_session
from .registry import get_plugin


def main(argv=None):
    p = argparse.ArgumentParser("deployctl")
    p.add_argument("target")
    p.add_argument("artifact")
    p.add_argument("--ca-bundle")
    p.add_argument("--insecure", action="store_true", help="skip TLS verification (like curl -k / verify=False)")
    args = p.parse_args(argv)
    session = build_session(ca_bundle=args.ca_bundle, insecure=args.insecure)
    plugin = get_plugin(args.target)(session=session)
    return plugin.deploy(args.artifact)


if __name__ == "__main__":
    sys.exit(main())
