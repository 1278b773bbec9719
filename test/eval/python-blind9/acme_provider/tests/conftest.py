import ftplib

import pytest


@pytest.fixture
def local_ftp():
    ftp = ftplib.FTP("127.0.0.1", timeout=5)
    ftp.login()
    yield ftp
    ftp.quit()


@pytest.fixture
def acme_conn(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_ACME_DEFAULT", '{"conn_type": "acme", "host": "api.acme.example", "extra": {"verify": "/etc/ssl/certs/acme-ca.pem"}}')
