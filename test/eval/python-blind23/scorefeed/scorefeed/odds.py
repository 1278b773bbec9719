"""Odds and play-by-play over gRPC."""
import os

import grpc

ODDS_TARGET = "odds.feeds.example.com:50051"
PLAY_BY_PLAY = "pbp.feeds.example.com:443"


def odds_channel() -> grpc.Channel:
    return grpc.insecure_channel(ODDS_TARGET)


def pbp_channel() -> grpc.Channel:
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/ssl/certs/feeds-ca.pem", "rb").read())
    return grpc.secure_channel(PLAY_BY_PLAY, creds)


def sidecar_channel() -> grpc.aio.Channel:
    return grpc.aio.insecure_channel("localhost:15001")


def configured_channel() -> grpc.Channel:
    return grpc.insecure_channel(os.environ["SCOREFEED_GRPC_TARGET"])
