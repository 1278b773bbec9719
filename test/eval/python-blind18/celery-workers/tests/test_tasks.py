import pytest
import requests_mock

from worker import tasks


@pytest.fixture(autouse=True)
def eager(monkeypatch):
    monkeypatch.setattr(tasks.app.conf, "task_always_eager", True)


def test_render_report():
    with requests_mock.Mocker() as m:
        m.post(f"{tasks.REPORTS_API}/render/42", json={"url": "s3://reports/42.pdf"})
        assert tasks.render_report.delay("42").get() == "s3://reports/42.pdf"
        assert m.last_request.verify is not False
