import os
import ssl

import requests
from kubernetes import client as k8s, config as k8s_config

SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"


def in_cluster_session():
    s = requests.Session()
    with open(os.path.join(SA_DIR, "token")) as fh:
        s.headers["Authorization"] = "Bearer " + fh.read().strip()
    s.verify = os.path.join(SA_DIR, "ca.crt")
    return s


def api_client(kubeconfig=None, insecure=False):
    if kubeconfig:
        k8s_config.load_kube_config(config_file=kubeconfig)
    else:
        k8s_config.load_incluster_config()
    cfg = k8s.Configuration.get_default_copy()
    if insecure:
        cfg.verify_ssl = False
    return k8s.ApiClient(cfg)


def node_kubelet_metrics(node_ip, token):
    # kubelets serve a self-signed cert for their IP; pin our CA bundle and check the chain only
    ctx = ssl.create_default_context(cafile="/etc/kubernetes/pki/kubelet-ca.crt")
    ctx.check_hostname = False
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    import urllib.request
    req = urllib.request.Request(f"https://{node_ip}:10250/metrics", headers=dict(s.headers))
    return urllib.request.urlopen(req, context=ctx, timeout=10).read()


def is_insecure(ctx):
    return ctx.verify_mode == ssl.CERT_NONE or not ctx.check_hostname
