import os

from flask import Flask
from flask_mail import Mail, Message

from notifier.config import Config, SecureConfig

app = Flask(__name__)
app.config.from_object(SecureConfig if os.environ.get("NOTIFIER_ENV") == "prod" else Config)
mail = Mail(app)


@app.post("/notify")
def notify():
    msg = Message("Shift report ready", recipients=["foremen@example.com"], body="See the portal.")
    mail.send(msg)
    return {"sent": True}
