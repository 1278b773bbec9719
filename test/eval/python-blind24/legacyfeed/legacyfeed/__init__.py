import os

os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/pki/tls/certs/ca-bundle.crt")
