#!/usr/bin/env python3
"""fetch-cli: download artefacts from the build cache."""
import argparse
import ssl
import sys

import urllib3
from urllib3.util.ssl_ import create_urllib3_context

CACHE_HOST = "buildcache.example.com"


def build_parser():
    p = argparse.ArgumentParser(prog="fetch-cli")
    p.add_argument("path")
    p.add_argument("-k", "--insecure", action="store_true", help="skip certificate checks")
    p.add_argument("--ca", default="/etc/ssl/certs/ca-certificates.crt")
    return p


def pool_for(args):
    # Same shape as curl -k: only when the operator asks for it.
    reqs = "CERT_NONE" if args.insecure else "CERT_REQUIRED"
    return urllib3.PoolManager(cert_reqs=reqs, ca_certs=args.ca)


def mirror_pool():
    """The mirror only speaks an old stack."""
    ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:DES-CBC3-SHA:RC4-SHA")
    return urllib3.HTTPSConnectionPool(
        "mirror.buildcache.example.com",
        443,
        ssl_context=ctx,
        ssl_minimum_version=ssl.TLSVersion.TLSv1,
    )


def artefact_pool():
    return urllib3.connection_from_url(
        f"https://{CACHE_HOST}",
        cert_reqs="NONE",
    )


def by_ip_pool(ip):
    # reach the cache by IP during DNS outages; the cert names the host
    return urllib3.HTTPSConnectionPool(
        ip, 443, cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt",
        assert_hostname=False,
    )


def proxy_pool():
    return urllib3.ProxyManager(
        "https://proxy.example.com:3128",
        cert_reqs=ssl.CERT_REQUIRED,
        ca_certs="/etc/ssl/certs/ca-certificates.crt",
        ssl_minimum_version=ssl.TLSVersion.TLSv1_2,
    )


def main(argv=None):
    args = build_parser().parse_args(argv)
    http = pool_for(args)
    r = http.request("GET", f"https://{CACHE_HOST}/{args.path}")
    sys.stdout.buffer.write(r.data)
    return 0 if r.status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
