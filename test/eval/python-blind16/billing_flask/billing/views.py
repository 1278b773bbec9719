from flask import Blueprint, current_app, jsonify

from .services.payments import PaymentsClient
from .services.tax import tax_rate

bp = Blueprint("billing", __name__)


@bp.get("/invoices/<int:invoice_id>/charge")
def charge(invoice_id: int):
    client = PaymentsClient.from_app(current_app)
    return jsonify(client.charge(invoice_id))


@bp.get("/tax/<country>")
def tax(country: str):
    return jsonify({"rate": tax_rate(country)})
