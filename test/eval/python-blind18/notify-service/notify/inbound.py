import imaplib
import smtplib
import ssl

_ctx = ssl.create_default_context()


def poll_replies(host: str, user: str, password: str) -> int:
    with imaplib.IMAP4_SSL(host, ssl_context=_ctx) as imap:
        imap.login(user, password)
        typ, data = imap.select("INBOX")
        return int(data[0])


def relay(msg, host: str, user: str, password: str) -> None:
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls(context=_ctx)
        smtp.login(user, password)
        smtp.send_message(msg)
