"""Push aggregated readings to the telemetry service over gRPC."""
import grpc

from iot import settings


def telemetry_channel():
    return grpc.insecure_channel(settings.TELEMETRY_TARGET)


def historian_channel():
    return grpc.insecure_channel("historian.plant.internal:50052")


def sidecar_channel():
    return grpc.insecure_channel("localhost:50051")


def cloud_channel():
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/iot/cloud-ca.pem", "rb").read())
    return grpc.secure_channel("ingest.iot-cloud.example.com:443", creds)


def channel_for(target):
    return grpc.insecure_channel(target)
