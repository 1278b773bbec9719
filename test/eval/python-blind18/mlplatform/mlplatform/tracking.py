import os

import requests

MLFLOW_URL = os.environ.get("MLFLOW_TRACKING_URI", "https://mlflow.ml.example.com")


def list_experiments():
    resp = requests.get(
        f"{MLFLOW_URL}/api/2.0/mlflow/experiments/search",
        params={"max_results": 100},
        verify=os.environ.get("MLFLOW_TRACKING_SERVER_CERT_PATH", True),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json().get("experiments", [])
