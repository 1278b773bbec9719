import json
import time

import click
import requests

DEPLOY_API = "https://deploy.platform.example.com/api/v2"


@click.command("deploy")
@click.argument("service")
@click.argument("version")
@click.option("--insecure", is_flag=True, help="Do not verify the deploy API's certificate.")
@click.option("--wait/--no-wait", default=True)
def deploy(service, version, insecure, wait):
    """Roll SERVICE out at VERSION."""
    payload = {"service": service, "version": version}
    resp = requests.post(f"{DEPLOY_API}/rollouts", data=json.dumps(payload), verify=not insecure, timeout=30)
    resp.raise_for_status()
    rollout = resp.json()["id"]
    click.echo(f"rollout {rollout} started")
    while wait:
        status = requests.get(f"{DEPLOY_API}/rollouts/{rollout}", verify=True, timeout=10).json()
        click.echo(status["phase"])
        if status["phase"] in ("Succeeded", "Failed"):
            break
        time.sleep(5)
