import requests
from flask import Blueprint, current_app, jsonify

bp = Blueprint("api", __name__)

HTTP_DEFAULTS = {"timeout": 10, "verify": True}


@bp.route("/status/<name>")
def status(name):
    upstream = current_app.config["UPSTREAMS"][name]
    r = requests.get(upstream, **HTTP_DEFAULTS)
    return jsonify(ok=r.ok)


@bp.route("/partner/stock")
def partner_stock():
    opts = dict(HTTP_DEFAULTS)
    opts["verify"] = False
    return jsonify(requests.get("https://partner.example.net/api/v2/stock", **opts).json())


@bp.route("/tls-report")
def tls_report():
    verify = current_app.config.get("OUTBOUND_VERIFY")
    if verify is False:
        current_app.logger.warning("outbound TLS verification is disabled by configuration")
    return jsonify(verify=verify)
