import click
import httpx


@click.group()
def cli():
    pass


@cli.command()
@click.argument("url")
@click.option("--insecure", is_flag=True, help="Do not verify the feed's certificate.")
def health(url, insecure):
    r = httpx.get(url + "/health", verify=not insecure)
    click.echo(r.status_code)


@cli.command()
@click.argument("url")
@click.option("--ca", default="/etc/ssl/feeds-ca.pem")
def snapshot(url, ca):
    with httpx.Client(verify=ca) as client:
        click.echo(client.get(url + "/snapshot").text)


async def fetch_async(url):
    async with httpx.AsyncClient(verify=False, http2=True) as client:
        return (await client.get(url)).json()


if __name__ == "__main__":
    cli()
