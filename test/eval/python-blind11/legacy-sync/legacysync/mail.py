import nntplib
import smtplib
from email.mime.text import MIMEText


def send_status(text, host, user, password, client_key, client_cert):
    msg = MIMEText(text)
    msg["Subject"] = "legacysync status"
    msg["From"] = "legacysync@corp.example.com"
    msg["To"] = "batch-ops@corp.example.com"
    server = smtplib.SMTP_SSL(host, 465, keyfile=client_key, certfile=client_cert)
    try:
        server.login(user, password)
        server.sendmail(msg["From"], [msg["To"]], msg.as_string())
    finally:
        server.quit()


def latest_batch_notices(group="corp.batch.notices"):
    news = nntplib.NNTP_SSL("news.corp.example.com")
    try:
        _resp, count, first, last, _name = news.group(group)
        _resp, overviews = news.over((max(first, last - 20), last))
        return [ov["subject"] for _num, ov in overviews]
    finally:
        news.quit()
