import json
import ssl

import urllib3

from ..registry import register


@register("kube")
class KubeDeployer:
    def __init__(self, session=None, api_server="https://k8s.build.example.com:6443", token="", ca_file=None):
        self.api_server = api_server
        self.token = token
        if ca_file:
            self.http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=ca_file)
        else:
            self.http = urllib3.PoolManager(cert_reqs="NONE")

    def deploy(self, manifest):
        body = json.dumps(manifest).encode()
        return self.http.request("POST", f"{self.api_server}/apis/apps/v1/namespaces/default/deployments", body=body, headers={"Authorization": f"Bearer {self.token}"})


@register("kube-proxy")
class KubeProxyDeployer(KubeDeployer):
    def __init__(self, session=None, proxy_url="http://proxy.build.example.com:3128", **kwargs):
        super().__init__(ca_file="/etc/deployctl/k8s-ca.pem", **kwargs)
        self.http = urllib3.ProxyManager(
            proxy_url,
            cert_reqs=ssl.CERT_REQUIRED,
            ca_certs="/etc/deployctl/k8s-ca.pem",
            assert_hostname=False,
        )


def node_pool(host):
    return urllib3.HTTPSConnectionPool(host, 10250, cert_reqs=0, maxsize=4)


def legacy_registry_pool(url):
    return urllib3.connection_from_url(url, ssl_minimum_version=ssl.TLSVersion.TLSv1, ca_certs="/etc/deployctl/ca.pem")


def quiet():
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
