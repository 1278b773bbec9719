"""harborctl: the operator CLI (click)."""
import json
import ssl

import click
import httpx
import requests

API = "https://api.harbor.example"


def _client(insecure):
    return httpx.Client(base_url=API, verify=not insecure, timeout=10)


def _unverified_ctx():
    return ssl._create_stdlib_context()


@click.group()
@click.option("--insecure", is_flag=True, help="Skip certificate checks (lab only).")
@click.pass_context
def cli(ctx, insecure):
    ctx.obj = {"insecure": insecure}


@cli.command()
@click.pass_context
def status(ctx):
    with _client(ctx.obj["insecure"]) as c:
        click.echo(json.dumps(c.get("/status").json(), indent=2))


@cli.command()
@click.argument("lab_url")
def lab_status(lab_url):
    with httpx.Client(verify=_unverified_ctx()) as c:
        click.echo(c.get(lab_url).text)


@cli.command()
@click.argument("build_id")
def logs(build_id):
    with httpx.stream("GET", f"{API}/builds/{build_id}/logs", verify=False) as r:
        for line in r.iter_lines():
            click.echo(line)


@cli.command()
@click.argument("url")
def ping(url):
    resp = requests.head(url, allow_redirects=True)
    click.echo(resp.status_code)


if __name__ == "__main__":
    cli()
