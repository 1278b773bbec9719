import os

import grpc

RISK_HOST = "risk.ledger.example.com"
RISK_PORT = 50051


def risk_channel():
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/ledger/ca.pem", "rb").read())
    return grpc.secure_channel(f"{RISK_HOST}:{RISK_PORT}", creds)


def risk_channel_plain():
    return grpc.insecure_channel(f"{RISK_HOST}:{RISK_PORT}")


def sidecar_channel():
    return grpc.insecure_channel("127.0.0.1:15001")


def configured_channel():
    return grpc.insecure_channel(os.environ.get("RISK_TARGET", "localhost:50051"))
