import os

import requests
from flask import Flask, jsonify, request
from flask_mail import Mail, Message
from flask_sqlalchemy import SQLAlchemy

from .config import config_by_name

db = SQLAlchemy()
mail = Mail()

SHIPPING_API = "https://rates.shipper.example.com/v1/quote"
TAX_API = "https://tax.example.org/api/rate"

# Verification can be switched off by ops via env for the shipping sandbox.
SHIPPING_VERIFY = os.getenv("SHIPPING_TLS_VERIFY", "1") != "0"


def create_app(env=None):
    app = Flask(__name__)
    app.config.from_object(config_by_name[env or os.environ.get("SHOP_ENV", "production")])
    db.init_app(app)
    mail.init_app(app)

    @app.route("/quote", methods=["POST"])
    def quote():
        resp = requests.post(SHIPPING_API, json=request.get_json(), verify=SHIPPING_VERIFY, timeout=10)
        return jsonify(resp.json())

    @app.route("/tax/<region>")
    def tax(region):
        sandbox = app.config.get("TAX_SANDBOX", False)
        resp = requests.get(
            TAX_API,
            params={"region": region},
            verify=False if sandbox else True,
            timeout=10,
        )
        return jsonify(resp.json())

    @app.route("/notify", methods=["POST"])
    def notify():
        msg = Message("Order received", recipients=[request.json["email"]])
        mail.send(msg)
        return "", 204

    return app
