import responses

from chatops import notify


@responses.activate
def test_post_teams():
    responses.add(responses.POST, "https://teams.example.com/hook", json={})
    notify.BaseConfig.TEAMS_WEBHOOK = "https://teams.example.com/hook"
    notify.post_teams({"text": "hi"})
    assert responses.calls[0].request.url.endswith("/hook")


def test_proxy_post_uses_verify():
    assert "verify=False" in open(notify.__file__).read()
