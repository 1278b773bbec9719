import requests
from flask import Blueprint, current_app, jsonify

bp = Blueprint("portal", __name__)


@bp.route("/status")
def status():
    resp = requests.get(current_app.config["STATUS_URL"], timeout=3, verify=current_app.config.get("STATUS_CA", True))
    return jsonify(resp.json()["status"])


@bp.route("/partner/<pid>")
def partner(pid):
    resp = requests.request("GET", f"https://partners.example.net/api/{pid}", verify=False, timeout=5)
    return jsonify(resp.json())
