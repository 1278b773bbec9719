from flask_mail import Message

from .extensions import mail


def send_invoice(recipient: str, pdf: bytes, number: str) -> None:
    msg = Message(subject=f"Invoice {number}", recipients=[recipient])
    msg.body = "Please find your invoice attached."
    msg.attach(f"{number}.pdf", "application/pdf", pdf)
    mail.send(msg)
