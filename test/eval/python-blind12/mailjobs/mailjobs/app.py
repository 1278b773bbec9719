import os

from flask import Flask
from flask_mail import Mail, Message

from .config import BaseConfig, OnPremConfig

app = Flask(__name__)
app.config.from_object(OnPremConfig if os.environ.get("MAILJOBS_SITE") == "onprem" else BaseConfig)
mail = Mail(app)


@app.post("/send-test")
def send_test():
    mail.send(Message("test", recipients=[os.environ["ADMIN_EMAIL"]], body="ok"))
    return {"sent": True}
