from dataclasses import dataclass, field
import os


@dataclass
class VaultSettings:
    addr: str = os.environ.get("VAULT_ADDR", "https://vault.service.consul:8200")
    ca_cert: str = os.environ.get("VAULT_CACERT", "/etc/vault/ca.pem")
    namespace: str = "platform"


@dataclass
class ConsulSettings:
    addr: str = "https://consul.service.consul:8501"
    verify_tls: bool = False
    token: str = field(default_factory=lambda: os.environ.get("CONSUL_HTTP_TOKEN", ""))


@dataclass
class PromSettings:
    pushgateway: str = "https://pushgw.monitoring.svc:9091"
    verify: bool = True


vault = VaultSettings()
consul = ConsulSettings()
prom = PromSettings()
