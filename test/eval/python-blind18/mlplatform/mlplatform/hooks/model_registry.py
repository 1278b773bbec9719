from .base import BaseHttpHook


class ModelRegistryHook(BaseHttpHook):
    default_verify = "/etc/ssl/certs/registry-ca.pem"

    def latest(self, model: str):
        return self.run(f"/api/models/{model}/latest").json()
