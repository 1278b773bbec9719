import smtplib
import ssl
from email.mime.text import MIMEText

REPORT_HOST = "smtp.office.example.com"


class ReportMailer:
    def __init__(self, user, password, host=REPORT_HOST, port=587):
        self.user = user
        self.password = password
        self.host = host
        self.port = port

    def send(self, to, subject, html):
        msg = MIMEText(html, "html")
        msg["Subject"] = subject
        msg["From"] = "reports@example.com"
        msg["To"] = to
        server = smtplib.SMTP(self.host, self.port)
        server.ehlo()
        if server.has_extn("starttls"):
            server.starttls(context=ssl.create_default_context())
            server.ehlo()
        server.login(self.user, self.password)
        server.sendmail(msg["From"], [to], msg.as_string())
        server.quit()


def send_plain(to, body, user, password):
    server = smtplib.SMTP(REPORT_HOST, 25)
    server.login(user, password)
    server.sendmail("reports@example.com", [to], body)
    server.quit()


def send_local(to, body):
    with smtplib.SMTP("localhost", 1025) as s:
        s.sendmail("reports@example.com", [to], body)


def send_submission(to, body, user, password):
    with smtplib.SMTP(REPORT_HOST, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.sendmail("reports@example.com", [to], body)
