import smtplib
import ssl


def send(host, user, password, msg):
    ctx = ssl.create_default_context()
    with smtplib.SMTP(host, 587) as s:
        s.ehlo()
        if s.has_extn("STARTTLS"):
            s.starttls(context=ctx)
            s.ehlo()
        s.login(user, password)  # expect: no-plaintext-downgrade
        s.send_message(msg)


def send_strict(host, user, password, msg):
    ctx = ssl.create_default_context()
    with smtplib.SMTP(host, 587) as s:
        s.starttls(context=ctx)
        s.login(user, password)
        s.send_message(msg)
