import responses

from relay import deliver


@responses.activate
def test_deliver_switched():
    responses.add(responses.POST, "https://hooks.example.com/x", status=204)
    assert deliver.deliver_switched("https://hooks.example.com/x", b"{}") == 204


def test_legacy_opts_documented():
    assert deliver.LEGACY_OPTS["verify"] is False
