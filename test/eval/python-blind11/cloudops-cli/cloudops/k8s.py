import requests

SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
API = "https://kubernetes.default.svc"


def in_cluster_session():
    session = requests.Session()
    with open(f"{SA_DIR}/token") as fh:
        session.headers["Authorization"] = "Bearer " + fh.read().strip()
    session.verify = f"{SA_DIR}/ca.crt"
    return session


def list_pods(namespace):
    session = in_cluster_session()
    resp = session.get(f"{API}/api/v1/namespaces/{namespace}/pods", timeout=10)
    resp.raise_for_status()
    return [p["metadata"]["name"] for p in resp.json()["items"]]


def kubelet_stats(node_ip, token):
    resp = requests.get(
        f"https://{node_ip}:10250/stats/summary",
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=5,
    )
    resp.raise_for_status()
    return resp.json()
