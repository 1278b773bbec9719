import click
import requests

from .env import IS_PROD, extras


@click.group()
def cli():
    """Operations helper for the platform team."""


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Do not verify the server certificate.")
def health(url, insecure):
    resp = requests.get(url, timeout=5, verify=not insecure)
    click.echo(f"{resp.status_code} {resp.reason}")


@cli.command()
@click.argument("url")
def deploy_hook(url):
    resp = requests.post(url, json={"event": "deploy"}, timeout=10, verify=IS_PROD)
    click.echo(resp.status_code)


@cli.command()
@click.argument("url")
def vault_ping(url):
    resp = requests.get(url, timeout=5, verify=extras.get("verify", False))
    click.echo(resp.status_code)


@cli.command()
@click.argument("url")
def registry_ping(url):
    resp = requests.get(url, timeout=5, verify=extras.get("ca_bundle", True))
    click.echo(resp.status_code)


if __name__ == "__main__":
    cli()
