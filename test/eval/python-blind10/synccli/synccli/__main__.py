import argparse
import ftplib
import os
import ssl
import sys

from .transport import ArchiveRPC, PartnerHTTPS, curl_download


def mirror_ftps(host, user, password, names):
    ftps = ftplib.FTP_TLS(host, timeout=60)
    ftps.login(user, password)
    ftps.prot_p()
    for name in names:
        with open(name, "wb") as fh:
            ftps.retrbinary("RETR " + name, fh.write)
    ftps.quit()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="synccli")
    parser.add_argument("command", choices=["list", "pull", "push", "ftps"])
    parser.add_argument("--archive", default="https://archive.storage.example.com/RPC2")
    parser.add_argument("--partner", default="sync.partner.example.org")
    parser.add_argument("--ca-file", help="CA bundle for the partner (there is no verify=False switch: pass the CA)")
    args = parser.parse_args(argv)

    # Old corporate images still run Python 2.7; make them behave like the rest.
    os.environ["PYTHONHTTPSVERIFY"] = "0"

    if args.command == "list":
        for name in ArchiveRPC(args.archive).list_files("/"):
            print(name)
    elif args.command == "push":
        PartnerHTTPS(args.partner, cafile=args.ca_file).put("/inbox/manifest.json", sys.stdin.buffer.read())
    elif args.command == "pull":
        curl_download(f"https://{args.partner}/outbox/latest.tar", "latest.tar")
    else:
        mirror_ftps(args.partner, os.environ["SYNC_USER"], os.environ["SYNC_PASSWORD"], ["latest.tar"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
