"""Alert e-mails for failed deploys."""
import smtplib
import ssl
from email.message import EmailMessage


class Notifier:
    relay = "smtp.harbor.example"
    port = 587

    def __init__(self, user, password, tls_context=None):
        self.user = user
        self.password = password
        self.tls_context = tls_context

    def _message(self, subject, body):
        msg = EmailMessage()
        msg["From"] = self.user
        msg["To"] = "oncall@harbor.example"
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send_opportunistic(self, subject, body):
        with smtplib.SMTP(self.relay, self.port) as smtp:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
            smtp.login(self.user, self.password)
            smtp.send_message(self._message(subject, body))

    def send_tls(self, subject, body):
        with smtplib.SMTP(self.relay, self.port) as smtp:
            smtp.starttls(context=self.tls_context)
            smtp.login(self.user, self.password)
            smtp.send_message(self._message(subject, body))

    def send_verified(self, subject, body):
        ctx = ssl.create_default_context()
        with smtplib.SMTP_SSL(self.relay, 465, context=ctx) as smtp:
            smtp.login(self.user, self.password)
            smtp.send_message(self._message(subject, body))


def send_legacy(host, user, password, text):
    server = smtplib.SMTP_SSL(host, 465)
    server.login(user, password)
    server.sendmail(user, ["ops@harbor.example"], text)
    server.quit()


def send_internal(user, password, text):
    server = smtplib.SMTP("mail.corp.example", 25)
    server.login(user, password)
    server.sendmail(user, ["ops@harbor.example"], text)
    server.quit()


def send_local(text):
    server = smtplib.SMTP("localhost", 25)
    server.sendmail("noreply@harbor.example", ["ops@harbor.example"], text)
    server.quit()
