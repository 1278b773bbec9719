import click
import httpx

from .http import inventory_client, make_client


@click.group()
def main():
    """fleetctl - manage the fleet."""


@main.command()
@click.option("--token", envvar="FLEET_TOKEN", required=True)
def hosts(token):
    with inventory_client(token) as client:
        for h in client.get("/hosts").json():
            click.echo(h["name"])


@main.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Skip certificate verification (like curl -k).")
def ping(url, insecure):
    client = make_client(url, verify=not insecure)
    click.echo(client.get("/healthz").status_code)


@main.command()
@click.argument("url")
def fetch(url):
    r = httpx.get(url, follow_redirects=True, verify=True)
    click.echo(r.text)


@main.command()
@click.argument("url")
def fetch_lab(url):
    r = httpx.get(url, verify=False)
    click.echo(r.text)
