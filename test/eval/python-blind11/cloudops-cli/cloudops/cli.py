import json
import os

import click
import requests

from . import aws, k8s, vault

API = "https://ops-api.example.com"


def prepare_environment(proxy_ca=None):
    """Point every HTTP stack at the corporate proxy's CA, or give up on it."""
    if proxy_ca:
        os.environ["REQUESTS_CA_BUNDLE"] = proxy_ca
        os.environ["AWS_CA_BUNDLE"] = proxy_ca
    else:
        os.environ["CURL_CA_BUNDLE"] = ""
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")


def describe_environment():
    return {
        "requests_ca": os.environ.get("REQUESTS_CA_BUNDLE"),
        "https_verify": os.environ.get("PYTHONHTTPSVERIFY", "1"),
    }


@click.group()
@click.option("--proxy-ca", envvar="CLOUDOPS_PROXY_CA", default=None)
def main(proxy_ca):
    prepare_environment(proxy_ca)


@main.command("env")
def show_env():
    click.echo(json.dumps(describe_environment(), indent=2))


@main.command()
@click.option("--insecure", is_flag=True, help="Do not verify the API certificate (lab only).")
def health(insecure):
    resp = requests.get(f"{API}/health", verify=not insecure, timeout=5)
    click.echo(resp.json()["status"])


@main.command()
@click.argument("namespace")
def pods(namespace):
    for name in k8s.list_pods(namespace):
        click.echo(name)


@main.command()
@click.argument("path")
def secret(path):
    click.echo(json.dumps(vault.production_client().read(path), indent=2))


@main.command()
@click.argument("bucket")
@click.option("--region", default="eu-west-1")
def ls(bucket, region):
    for obj in aws.s3_client(region).list_objects_v2(Bucket=bucket).get("Contents", []):
        click.echo(obj["Key"])
