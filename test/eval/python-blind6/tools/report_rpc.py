#!/usr/bin/env python3
"""Pulls nightly reports from the ERP's XML-RPC endpoint and its HTTPS file share."""
import argparse
import http.client
import ssl
import xmlrpc.client

ERP_URL = "https://erp.acme-corp.net/xmlrpc/2/object"
ERP_CA = "/etc/ssl/certs/erp-ca.pem"


def erp_proxy(insecure: bool) -> xmlrpc.client.ServerProxy:
    if insecure:
        context = ssl._create_unverified_context()
    else:
        context = ssl.create_default_context(cafile=ERP_CA)
    return xmlrpc.client.ServerProxy(ERP_URL, context=context, allow_none=True)


def uat_proxy() -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy("https://erp-uat.acme-corp.net/xmlrpc/2/object", context=ssl._create_unverified_context())


def fetch_share_file(path: str) -> bytes:
    ctx = ssl.create_default_context(cafile=ERP_CA)
    conn = http.client.HTTPSConnection("files.erp.acme-corp.net", 443, context=ctx, check_hostname=False)
    conn.request("GET", path)
    return conn.getresponse().read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--insecure", action="store_true")
    args = parser.parse_args()
    proxy = erp_proxy(args.insecure)
    print(proxy.execute_kw("erp", 2, "secret", "report.nightly", "search_read", [[]]))


if __name__ == "__main__":
    main()
