from .http import InventoryClient, api_session


def trigger(cfg, service, tag):
    with api_session(cfg.token, verify=cfg.ca_bundle if cfg.verify else True) as s:
        r = s.post(f"{cfg.api_url}/services/{service}/deploy", json={"tag": tag}, timeout=30)
        return r.ok


def trigger_lab(cfg, service):
    with api_session(cfg.token, verify=False) as s:
        return s.post(f"https://deploy.lab.corp.example.com/services/{service}/deploy", timeout=30).ok


def lab_hosts():
    return InventoryClient.for_lab().hosts("web")


def prod_hosts():
    return InventoryClient.for_prod().hosts("web")
