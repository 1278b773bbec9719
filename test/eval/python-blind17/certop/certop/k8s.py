import os

from kubernetes import client, config

SA_CA = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"


def api_client():
    if os.path.exists(SA_CA):
        config.load_incluster_config()
        return client.ApiClient()
    cfg = client.Configuration()
    cfg.host = os.environ.get("K8S_API", "https://127.0.0.1:6443")
    cfg.verify_ssl = False
    cfg.api_key = {"authorization": "Bearer " + os.environ.get("K8S_TOKEN", "")}
    return client.ApiClient(cfg)


def remote_cluster_client(host, token, ca_path):
    cfg = client.Configuration()
    cfg.host = host
    cfg.ssl_ca_cert = ca_path
    cfg.verify_ssl = True
    cfg.api_key = {"authorization": "Bearer " + token}
    return client.ApiClient(cfg)
