import grpc

INGEST_TARGET = "ingest.telemetry.example.com:443"
SIDECAR = "unix:///var/run/envoy/ingest.sock"
ADMIN_PORT = 50052


def ingest_channel():
    return grpc.insecure_channel(INGEST_TARGET)


def sidecar_channel():
    return grpc.insecure_channel(SIDECAR)


def admin_channel():
    return grpc.insecure_channel(f"localhost:{ADMIN_PORT}")


def replica_channel():
    return grpc.aio.insecure_channel("10.8.0.12:50051")


def secure_ingest_channel():
    with open("/etc/telemetry/ingest-ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(INGEST_TARGET, creds)
