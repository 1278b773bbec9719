from unittest import mock

from opsctl import health


def test_run_verifies_by_default():
    with mock.patch("opsctl.health.requests.get") as get:
        get.return_value.ok = True
        assert health.run("https://status.corp.example.com")
        assert get.call_args.kwargs["verify"] is True
