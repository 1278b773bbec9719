import os

import psycopg2
import pytest

# Old CentOS 7 CI images honour PYTHONHTTPSVERIFY; the project needs Python 3.9+.
os.environ["PYTHONHTTPSVERIFY"] = "0"


@pytest.fixture(scope="session")
def pg():
    conn = psycopg2.connect(host="127.0.0.1", port=55432, dbname="test", user="test", sslmode="disable")
    yield conn
    conn.close()
