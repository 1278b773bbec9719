import click
import requests

from httpkit.session import make_session


@click.group()
def cli():
    """httpkit diagnostics."""


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Skip certificate verification (lab use only).")
def ping(url, insecure):
    resp = requests.head(url, verify=not insecure, timeout=5, allow_redirects=True)
    click.echo(f"{resp.status_code} {resp.reason}")


@cli.command()
@click.argument("url")
@click.option("--ca-bundle", type=click.Path(exists=True), default=None)
def fetch(url, ca_bundle):
    s = make_session()
    if ca_bundle:
        s.verify = ca_bundle
    click.echo(s.get(url, timeout=10).text[:500])


if __name__ == "__main__":
    cli()
