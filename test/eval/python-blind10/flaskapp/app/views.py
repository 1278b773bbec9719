import requests
from flask import Blueprint, current_app, jsonify, request

from .config import GEOCODER_DEFAULTS, REQUEST_DEFAULTS
from .extensions import client

bp = Blueprint("storefront", __name__)


@bp.get("/recommendations/<int:user_id>")
def recommendations(user_id):
    resp = client("recommendations").get(f"/users/{user_id}")
    return jsonify(resp.json())


@bp.get("/stock/<sku>")
def stock(sku):
    resp = requests.get(f"https://inventory.example.com/api/stock/{sku}", **REQUEST_DEFAULTS)
    return jsonify(resp.json())


@bp.get("/geocode")
def geocode():
    resp = requests.get("https://geo.example.com/v1/search", params={"q": request.args["q"]}, **GEOCODER_DEFAULTS)
    return jsonify(resp.json())


@bp.post("/webhooks/relay")
def relay():
    target = current_app.config["RELAY_URL"]
    resp = requests.post(target, json=request.get_json(), verify=current_app.config["RELAY_CA_BUNDLE"])
    return ("", resp.status_code)
