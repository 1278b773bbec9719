"""`wire` command line."""
import click
import requests

from .feeds import ingest_all
from .settings import settings


@click.group()
def main() -> None:
    """Wire ingest tools."""


@main.command()
@click.option("--insecure", is_flag=True, help="Skip TLS verification (debug only).")
@click.argument("url")
def health(insecure: bool, url: str) -> None:
    resp = requests.get(url, timeout=5, verify=not insecure)
    click.echo(f"{resp.status_code} {resp.elapsed.total_seconds():.2f}s")


@main.command()
@click.option("--ca", default=settings.wire_ca, show_default=True)
@click.argument("url")
def probe(ca: str, url: str) -> None:
    resp = requests.head(url, timeout=5, verify=ca)
    click.echo(resp.headers.get("server", "?"))


@main.command()
@click.argument("api_key", envvar="AGENCY_KEY")
def ingest(api_key: str) -> None:
    click.echo(f"ingested {ingest_all(api_key)} stories")
