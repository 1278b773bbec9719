"""Loads service settings from TOML/YAML files and the environment into dicts."""
import os
import tomllib

import requests
import yaml


def load(path):
    with open(path, "rb") as fh:
        if path.endswith(".toml"):
            cfg = tomllib.load(fh)
        else:
            cfg = yaml.safe_load(fh)
    cfg.setdefault("tls", {})
    cfg["tls"].setdefault("verify", True)
    if os.environ.get("HARBOR_CA_BUNDLE"):
        cfg["tls"]["verify"] = os.environ["HARBOR_CA_BUNDLE"]
    return cfg


def fetch_manifest(cfg, name):
    return requests.get(
        f"{cfg['registry']}/manifests/{name}",
        verify=cfg["tls"]["verify"],
        timeout=cfg.get("timeout", 10),
    )


DEFAULTS_YAML = """
tls:
  verify: false   # example of what not to ship
"""
