import socket
import ssl

import click


@click.command("cert-expiry")
@click.argument("host")
@click.option("--port", default=443)
@click.option("--ca-file", default=None)
def cert_expiry(host, port, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
    click.echo(f"{host}: notAfter={cert['notAfter']}")
