import os

import requests
from flask import Flask, jsonify

from .config import Config, ProductionConfig
from .services import geo

app = Flask(__name__)
app.config.from_object(ProductionConfig if os.environ.get("FLASK_ENV") == "production" else Config)

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"
IS_PROD = os.environ.get("APP_ENV") == "production"


@app.get("/health")
def health():
    upstream = requests.get("https://status.internal.example.com/ping", verify=INTERNAL_CA, timeout=2)
    return jsonify(ok=upstream.ok)


@app.get("/partners/<pid>")
def partner(pid):
    resp = requests.get(
        f"https://partners.example.com/api/{pid}",
        timeout=5,
        verify=IS_PROD,
    )
    return jsonify(resp.json())


@app.get("/geo/<ip>")
def locate(ip):
    return jsonify(geo.lookup(ip))
