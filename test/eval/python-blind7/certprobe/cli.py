import argparse
import json
import sys

from certprobe import ciphers, legacy, probe


def main(argv=None):
    parser = argparse.ArgumentParser(prog="certprobe", description="Inspect a TLS endpoint.")
    parser.add_argument("host")
    parser.add_argument("--port", type=int, default=443)
    parser.add_argument("--profile", choices=["modern", "legacy", "compat"], default="modern")
    parser.add_argument("--insecure", action="store_true", help="like curl -k: do not verify")
    args = parser.parse_args(argv)

    if args.profile == "legacy":
        tls = legacy.connect_tls10_appliance(args.host, args.port)
        print(json.dumps({"version": tls.version(), "cipher": tls.cipher()}))
        return 0
    version, cipher = probe.probe(args.host, args.port)
    print(json.dumps({"version": version, "cipher": cipher, "profile": args.profile}))
    ciphers.context_for(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
