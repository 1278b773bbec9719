import grpc

from . import settings


def scoring_channel():
    return grpc.insecure_channel(settings.SCORING_TARGET)


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def fraud_channel():
    return grpc.insecure_channel("fraud-scoring.ml.example.com:50051")


def features_channel(ca_pem):
    creds = grpc.ssl_channel_credentials(root_certificates=ca_pem)
    return grpc.secure_channel("features.ml.example.com:443", creds)
