import os

import grpc

DEPLOY_TARGETS = {
    "prod": "deployd.prod.corp.example.com:443",
    "local": "localhost:50051",
}


def deploy_channel(env):
    if env == "local":
        return grpc.insecure_channel(DEPLOY_TARGETS["local"])
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/ssl/corp-ca.pem", "rb").read())
    return grpc.secure_channel(DEPLOY_TARGETS[env], creds)


def canary_channel():
    return grpc.insecure_channel("canary-deployd.corp.example.com:8443")


async def rollout_channel():
    return grpc.aio.insecure_channel("rollout.corp.example.com:50051", options=[("grpc.keepalive_time_ms", 10000)])


def sidecar_channel():
    return grpc.insecure_channel(f"127.0.0.1:{os.environ.get('ENVOY_PORT', '15001')}")
