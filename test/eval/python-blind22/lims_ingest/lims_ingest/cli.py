import click
import httpx
import requests


@click.group()
def cli():
    pass


@cli.command()
@click.option("--insecure", is_flag=True, help="Do not verify the LIMS certificate.")
@click.argument("run_id")
def pull(insecure: bool, run_id: str) -> None:
    with httpx.Client(verify=not insecure) as client:
        r = client.get(f"https://lims.lab.example/api/runs/{run_id}")
        click.echo(r.text)


@cli.command()
@click.option("--ca-bundle", default="/etc/lims/ca.pem", show_default=True)
@click.argument("run_id")
def push(ca_bundle: str, run_id: str) -> None:
    requests.post(f"https://lims.lab.example/api/runs/{run_id}", verify=ca_bundle, timeout=30)


def probe(url: str, insecure: bool = False) -> int:
    return requests.head(url, verify=not insecure, timeout=5).status_code


def check_all() -> list[int]:
    return [
        probe("https://lims.lab.example/health"),
        probe("https://old-lims.lab.example/health", insecure=True),
    ]
