import argparse
import ssl
import urllib.request

import requests


def build_parser():
    p = argparse.ArgumentParser(prog="chatops")
    p.add_argument("--insecure", action="store_true")
    p.add_argument("--ca", default="/etc/ssl/certs/corp-ca.pem")
    return p


def runbook(url, ca):
    ctx = ssl.create_default_context(cafile=ca)
    return urllib.request.urlopen(url, context=ctx).read()


def legacy_runbook(url):
    return urllib.request.urlopen(url, cafile="/etc/ssl/certs/corp-ca.pem").read()


def probe(url, insecure=False):
    return requests.head(url, verify=not insecure, timeout=3)


def main():
    args = build_parser().parse_args()
    probe("https://grafana.corp.example.com/api/health")
    probe("https://old-jenkins.corp.example.com/login", insecure=True)
    runbook("https://wiki.corp.example.com/runbooks/deploy", args.ca)
