import click
import requests


@click.command()
@click.argument("url")
@click.option("--no-verify", "no_verify", is_flag=True, help="Do not verify the server certificate")
@click.option("--ca", default=None, help="CA bundle")
def download(url, no_verify, ca):
    verify = ca or True
    if no_verify:
        verify = False
    r = requests.get(url, verify=verify, stream=True, timeout=60)
    r.raise_for_status()
    for chunk in r.iter_content(65536):
        click.echo(chunk, nl=False)
