from flask import Flask
from flask_mail import Mail, Message

app = Flask(__name__)
app.config.from_object("alertmail.config")
mail = Mail(app)


@app.post("/alert")
def alert():
    mail.send(Message("Alert", recipients=["oncall@example.com"], body="Something happened"))
    return {"sent": True}
