from unittest import mock

from etlflow.hooks.base import Connection, HttpHook


def test_run_builds_url():
    with mock.patch("requests.get") as get:
        HttpHook(Connection("api.example.com")).run("/x")
        _, kwargs = get.call_args
        assert kwargs["verify"] is True
