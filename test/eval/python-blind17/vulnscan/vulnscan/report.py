from dataclasses import dataclass


@dataclass
class Finding:
    check: str
    detail: str
    severity: str = "medium"


REMEDIATION = {
    "weak-protocol": "Disable TLS 1.0 and 1.1: ssl_protocols TLSv1.2 TLSv1.3;",
    "self-signed": "Clients calling requests.get(url, verify=False) hide this problem.",
}
