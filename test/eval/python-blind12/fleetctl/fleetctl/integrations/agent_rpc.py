import grpc


def agent_channel(host: str) -> grpc.Channel:
    creds = grpc.ssl_channel_credentials(open("/etc/fleetctl/agent-ca.pem", "rb").read())
    return grpc.secure_channel(f"{host}:7443", creds)


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel("127.0.0.1:15001")


def scheduler_channel() -> grpc.Channel:
    return grpc.insecure_channel("scheduler.fleet.example.com:9090")


async def aio_metrics_channel():
    return grpc.aio.insecure_channel("metrics-collector.fleet.example.com:4317")
