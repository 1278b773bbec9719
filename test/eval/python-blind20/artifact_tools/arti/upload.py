import argparse
import hashlib
import os
import sys

import requests

DEFAULTS = {"timeout": 120, "verify": False}


def deploy(url, path, auth):
    with open(path, "rb") as fh:
        data = fh.read()
    headers = {"X-Checksum-Sha1": hashlib.sha1(data).hexdigest()}
    return requests.put(url, data=data, headers=headers, auth=auth, **DEFAULTS)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("repo_url")
    p.add_argument("files", nargs="+")
    p.add_argument("--insecure", action="store_true", default=False)
    args = p.parse_args(argv)
    auth = (os.environ["ARTI_USER"], os.environ["ARTI_PASSWORD"])
    for f in args.files:
        r = requests.head(args.repo_url + "/" + os.path.basename(f), auth=auth, verify=not args.insecure)
        if r.status_code == 200:
            continue
        deploy(args.repo_url + "/" + os.path.basename(f), f, auth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
