import click
import requests

from . import inspect as inspect_mod


@click.group()
def cli():
    """certctl: poke at TLS endpoints."""


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Do not verify the server certificate.")
@click.option("--timeout", default=5.0)
def health(url, insecure, timeout):
    resp = requests.get(url, timeout=timeout, verify=not insecure)
    click.echo(f"{resp.status_code} {resp.elapsed.total_seconds():.3f}s")


@cli.command()
@click.argument("url")
@click.option("--ca-bundle", type=click.Path(exists=True))
def headers(url, ca_bundle):
    resp = requests.head(url, timeout=5, verify=ca_bundle or True)
    for k, v in resp.headers.items():
        click.echo(f"{k}: {v}")


@cli.command()
@click.argument("host")
@click.option("--port", default=443)
def show(host, port):
    for k, v in inspect_mod.describe(host, port).items():
        click.echo(f"{k}: {v}")


if __name__ == "__main__":
    cli()
