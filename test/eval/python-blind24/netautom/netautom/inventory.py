DEVICES = [
    {"name": "core-sw-1", "host": "core-sw-1.dc1.example.net", "kind": "switch"},
    {"name": "edge-fw-1", "host": "edge-fw-1.dc1.example.net", "kind": "firewall"},
    {"name": "oob-sw", "host": "10.20.0.4", "kind": "switch"},
]

CA_BUNDLE = "/etc/netautom/corp-ca.pem"
CLIENT_CERT = "/etc/netautom/automation.crt"
CLIENT_KEY = "/etc/netautom/automation.key"
