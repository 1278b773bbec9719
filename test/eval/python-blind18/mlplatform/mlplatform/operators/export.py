import functools
import os

import requests
from airflow.models import BaseOperator

CA_BUNDLE = os.environ.get("MLP_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")

fetch_insecure = functools.partial(requests.get, timeout=30, verify=False)


def _download(url, **kwargs):
    return requests.get(url, stream=True, **kwargs)


def _upload(url, data, **kwargs):
    kwargs.pop("verify", None)
    return requests.put(url, data=data, verify=CA_BUNDLE, **kwargs)


def pull_artifact(url):
    return _download(url, verify=False)


def pull_manifest(url):
    return _download(url, verify=CA_BUNDLE)


def push_artifact(url, data):
    return _upload(url, data, verify=False, timeout=120)


class ExportModelOperator(BaseOperator):
    def __init__(self, model_uri: str, target_url: str, **kwargs):
        super().__init__(**kwargs)
        self.model_uri = model_uri
        self.target_url = target_url

    def execute(self, context):
        manifest = pull_manifest(f"{self.model_uri}/MLmodel")
        blob = pull_artifact(f"{self.model_uri}/model.pkl")
        push_artifact(self.target_url, blob.content)
        return manifest.status_code
