import smtplib
from email.message import EmailMessage

from flask import current_app, render_template
from flask_mail import Message

from . import mail


def send_reset_email(user, token):
    msg = Message("Reset your password", recipients=[user.email])
    msg.body = render_template("email/reset.txt", user=user, token=token)
    mail.send(msg)


def send_via_relay(to_addr, subject, body):
    msg = EmailMessage()
    msg["From"] = current_app.config["MAIL_DEFAULT_SENDER"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(current_app.config["RELAY_HOST"], 587, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(current_app.config["RELAY_USER"], current_app.config["RELAY_PASSWORD"])
        smtp.send_message(msg)
