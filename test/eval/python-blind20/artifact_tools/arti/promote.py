import click
import requests

from .session import make_session


@click.command()
@click.argument("build")
@click.option("--repo", default="libs-release-local")
@click.option("--insecure", is_flag=True, help="skip certificate verification")
def promote(build, repo, insecure):
    s = make_session()
    r = s.post(f"{s.base_url}/api/build/promote/{build}", json={"targetRepo": repo}, verify=not insecure)
    r.raise_for_status()
    click.echo(r.json()["messages"])


@click.command()
@click.argument("url")
def ping(url):
    r = requests.get(f"{url}/api/system/ping", timeout=5)
    click.echo(r.text)
