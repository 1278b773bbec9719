"""Settings, loaded from deploy.toml with environment overrides."""
import os

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

ARTIFACT_CA = "/etc/deploytool/artifact-ca.pem"

POOL_DEFAULTS = {
    "num_pools": 8,
    "maxsize": 4,
    "cert_reqs": "CERT_REQUIRED",
    "ca_certs": ARTIFACT_CA,
}


def load(path="deploy.toml"):
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    cfg.setdefault("verify", os.environ.get("DEPLOY_VERIFY", "1") != "0")
    return cfg
