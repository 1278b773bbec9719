from pathlib import Path
from typing import Optional

import click
import httpx
import requests
import typer

from .probe import grab_cert, probe

app = typer.Typer(help="Inspect TLS endpoints.")


@click.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Skip certificate verification.")
def health(url: str, insecure: bool) -> None:
    r = requests.get(url, verify=not insecure, timeout=5)
    click.echo(f"{r.status_code} {r.elapsed.total_seconds():.3f}s")


@app.command()
def fetch(url: str, ca_bundle: Optional[Path] = typer.Option(None, help="CA bundle to trust.")) -> None:
    resp = httpx.get(url, verify=str(ca_bundle) if ca_bundle else True)
    typer.echo(resp.text[:200])


@app.command()
def inspect(host: str, port: int = 443) -> None:
    version, cipher = probe(host, port)
    typer.echo(f"{version} {cipher[0]}")
    typer.echo(f"{len(grab_cert(host, port))} bytes of DER")


def main() -> None:
    app()
