import os

os.environ.setdefault("SSLKEYLOGFILE", "/var/log/coldchain/keys.log")
os.environ.setdefault("COLDCHAIN_REGION", "eu-central")
