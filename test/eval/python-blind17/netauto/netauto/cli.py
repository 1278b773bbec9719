import argparse
import sys

import requests

from .devices import DRIVERS
from .inventory import load_inventory


def build_parser():
    parser = argparse.ArgumentParser(prog="netauto")
    parser.add_argument("inventory")
    parser.add_argument("--insecure", action="store_true", help="skip certificate checks (lab only)")
    parser.add_argument("--device")
    sub = parser.add_subparsers(dest="cmd")
    sub.add_parser("status")
    sub.add_parser("ping")
    return parser


def ping(args, device):
    url = f"https://{device.host}:{device.port}/"
    r = requests.get(url, timeout=5, verify=not args.insecure)
    return r.status_code


def main(argv=None):
    args = build_parser().parse_args(argv)
    for device in load_inventory(args.inventory):
        if args.device and device.name != args.device:
            continue
        if args.cmd == "ping":
            print(device.name, ping(args, device))
            continue
        driver = DRIVERS[device.platform](device, insecure=args.insecure)
        print(device.name, driver.system_status())
    return 0


if __name__ == "__main__":
    sys.exit(main())
