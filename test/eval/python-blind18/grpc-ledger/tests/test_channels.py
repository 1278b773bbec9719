import grpc
import pytest

from ledger import channels


def test_sidecar_is_plaintext_local():
    ch = channels.sidecar_channel()
    assert isinstance(ch, grpc.Channel)


@pytest.fixture
def inprocess_channel():
    with grpc.insecure_channel("localhost:50099") as ch:
        yield ch
