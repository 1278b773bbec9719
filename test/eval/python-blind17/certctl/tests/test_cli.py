from click.testing import CliRunner

from certctl.cli import cli


def test_health_insecure_flag(requests_mock):
    requests_mock.get("https://self-signed.example.com/", status_code=200)
    result = CliRunner().invoke(cli, ["health", "https://self-signed.example.com/", "--insecure"])
    assert result.exit_code == 0
    assert requests_mock.last_request.verify is False
