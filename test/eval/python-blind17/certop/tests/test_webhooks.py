from unittest import mock

from certop import webhooks


def test_notify_posts_json():
    with mock.patch("certop.webhooks.requests.post") as post:
        webhooks.notify("https://hooks.example.com/x", {"a": 1})
    kwargs = post.call_args.kwargs
    assert kwargs["verify"] is False or kwargs["verify"] is True


def test_sidecar_url():
    with mock.patch("certop.webhooks.requests.post") as post:
        webhooks.notify_sidecar({"a": 1})
    assert post.call_args.args[0].startswith("https://127.0.0.1")
