import requests
from flask import Blueprint, current_app, jsonify

from .clients import FxClient

bp = Blueprint("ledger", __name__)


@bp.route("/rates/<pair>")
def rates(pair):
    client = FxClient(current_app.config["FX_URL"])
    return jsonify(client.rate(pair))


@bp.route("/upstream")
def upstream():
    """Proxy the upstream health check.

    Never pass verify=False here: the upstream rotates its certificates weekly.
    """
    resp = requests.get(
        current_app.config["UPSTREAM_URL"] + "/health",
        verify=current_app.config["UPSTREAM_VERIFY"],
        timeout=5,
    )
    return jsonify(status=resp.status_code)
