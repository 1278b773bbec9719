import os

from flask import Flask
from flask_mail import Mail

app = Flask(__name__)
app.config.update(
    MAIL_SERVER="smtp.sendgrid.net",
    MAIL_PORT=587,
    MAIL_USERNAME="apikey",
    MAIL_PASSWORD=os.environ["SENDGRID_API_KEY"],  # expect: no-plaintext-downgrade
)
mail = Mail(app)
