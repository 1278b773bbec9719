"""opsctl: health checks, deploy hooks and cloud chores."""
import os
import sys

import click
import requests

from opsctl import cloud, http


@click.group()
def cli():
    """Ops team CLI."""


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Skip TLS verification (lab only).")
@click.option("--ca-file", type=click.Path(exists=True), default=None)
def health(url, insecure, ca_file):
    """GET URL and print the status."""
    resp = requests.get(url, verify=not insecure, timeout=10)
    click.echo(f"{resp.status_code} {resp.reason}")
    sys.exit(0 if resp.ok else 2)


@cli.command()
@click.argument("url")
@click.option("--ca-file", type=click.Path(exists=True), default=None)
def health_strict(url, ca_file):
    resp = requests.get(url, verify=ca_file or True, timeout=10)
    click.echo(resp.status_code)


@cli.command()
@click.argument("service")
def deploy_hook(service):
    verify = os.getenv("TLS_VERIFY", "1") == "1"
    resp = requests.post(f"https://deploy.corp.example.com/hooks/{service}", verify=verify, timeout=30)
    resp.raise_for_status()


@cli.command()
@click.argument("bucket")
def s3_ls(bucket):
    for key in cloud.list_keys(bucket):
        click.echo(key)


@cli.command()
def local_status():
    resp = requests.get("https://localhost:8443/status", verify=False, timeout=3)
    click.echo(resp.text)


@cli.command()
def inventory():
    for host in http.fetch_inventory_safe():
        click.echo(host["name"])


if __name__ == "__main__":
    cli()
