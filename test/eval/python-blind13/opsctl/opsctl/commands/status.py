import httpx
import typer

from ..config import load_ini

app = typer.Typer(help="Service status")


@app.command()
def services(env: str = typer.Option("prod"), ca_bundle: str = typer.Option("/etc/ssl/certs/platform-ca.pem")):
    settings = load_ini()
    with httpx.Client(base_url=settings.base_url, verify=ca_bundle, timeout=10) as client:
        for svc in client.get(f"/v1/envs/{env}/services").json():
            typer.echo(f"{svc['name']:30} {svc['state']}")


@app.command()
def incidents():
    resp = httpx.get("https://status.platform.example.com/api/incidents", verify=True)
    for incident in resp.json():
        typer.echo(incident["title"])


if __name__ == "__main__":
    app()
