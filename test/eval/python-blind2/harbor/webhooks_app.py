"""Small Flask app receiving carrier webhooks and mailing ops."""
import os

from flask import Flask
from flask_mail import Mail

app = Flask(__name__)
app.config.update(
    MAIL_SERVER="mail.ops-provider.example.com",
    MAIL_PORT=25,
    MAIL_USE_TLS=False,
    MAIL_USE_SSL=False,
    MAIL_USERNAME="ops",
    MAIL_PASSWORD=os.environ.get("OPS_MAIL_PASSWORD"),
)
mail = Mail(app)


@app.route("/hook", methods=["POST"])
def hook():
    return "", 204
