#!/usr/bin/env python3
"""ledgerctl: operator CLI (typer)."""
import os
import ssl
import socket

import requests
import typer

app = typer.Typer(help="Operate the ledger gateway.")

API = os.environ.get("LEDGER_API", "https://gateway.ledger.example.com")


@app.command()
def status(insecure: bool = typer.Option(False, "--insecure", help="skip TLS verification")):
    resp = requests.get(f"{API}/health", verify=False if insecure else True, timeout=5)
    typer.echo(resp.json())


@app.command()
def replay(entry: str, ca: str = typer.Option("/etc/ledger/ca.pem")):
    resp = requests.post(f"{API}/entries/{entry}/replay", verify=ca, timeout=30)
    typer.echo(resp.status_code)


@app.command()
def export(day: str):
    verify = os.getenv("LEDGER_VERIFY", "1") != "0"
    resp = requests.get(f"{API}/exports/{day}", verify=verify, timeout=60, stream=True)
    with open(f"{day}.csv", "wb") as fh:
        for chunk in resp.iter_content(65536):
            fh.write(chunk)


@app.command()
def ping_terminal(host: str, port: int = 9443):
    """Raw handshake against an old terminal (TLS 1.1 only)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations("/etc/ledger/terminal-ca.pem")
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            typer.echo(tls.version())


@app.command()
def ping_switch(host: str, port: int = 8443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations("/etc/ledger/switch-ca.pem")
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            typer.echo(tls.cipher())


if __name__ == "__main__":
    app()
