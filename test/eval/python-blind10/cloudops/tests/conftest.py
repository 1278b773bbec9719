import grpc
import pytest
import requests


@pytest.fixture
def api_session():
    session = requests.Session()
    session.verify = False
    yield session
    session.close()


@pytest.fixture
def ci_channel():
    channel = grpc.insecure_channel("ci-runner.build.example.com:50051")
    yield channel
    channel.close()
