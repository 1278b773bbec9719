"""labtool: typer CLI for the hardware lab."""
import ssl
from typing import Optional

import httpx
import typer
from requests import get as http_get

app = typer.Typer()

LAB_CA = "/etc/harbor/lab-ca.pem"


@app.command()
def inventory(rack: str, lab_mode: bool = typer.Option(False)):
    verify = False if lab_mode else LAB_CA
    r = http_get(f"https://inventory.lab.harbor.example/racks/{rack}", verify=verify)
    typer.echo(r.text)


@app.command()
def power(node: str, ca: Optional[str] = None):
    transport = httpx.HTTPTransport(verify=ca or LAB_CA, retries=3)
    with httpx.Client(transport=transport) as c:
        typer.echo(c.post(f"https://pdu.lab.harbor.example/nodes/{node}/cycle").status_code)


@app.command()
def console(node: str):
    async_client = httpx.AsyncClient(verify=False)
    typer.echo(f"opened console client for {node}: {async_client}")


@app.command()
def check_ctx():
    ctx = ssl.create_default_context(cafile=LAB_CA)
    if ctx.verify_mode == ssl.CERT_NONE:
        typer.echo("unverified!")
    typer.echo("ok")


if __name__ == "__main__":
    app()
