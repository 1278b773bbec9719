"""Claims arriving by e-mail, and outbound acknowledgements."""
import imaplib
import smtplib
import ssl

INTAKE_IMAP = "imap.claims.example.com"
RELAY = "relay.claims.example.com"
CTX = ssl.create_default_context()


def poll_intake(user: str, password: str) -> list:
    box = imaplib.IMAP4(INTAKE_IMAP, 143)
    box.login(user, password)
    box.select("Claims")
    _, ids = box.search(None, "UNSEEN")
    return ids[0].split()


def poll_broker_inbox(user: str, password: str) -> list:
    box = imaplib.IMAP4("imap.brokers.example.com", 143)
    box.starttls(ssl_context=CTX)
    box.login(user, password)
    box.select("INBOX")
    _, ids = box.search(None, "ALL")
    return ids[0].split()


def send_receipt(msg, user: str, password: str) -> None:
    with smtplib.SMTP_SSL(RELAY, 465, context=CTX) as server:
        server.login(user, password)
        server.send_message(msg)


class RelayMailer:
    use_starttls = True

    def __init__(self, host: str = RELAY, port: int = 587) -> None:
        self.host = host
        self.port = port

    def send(self, msg, user: str, password: str) -> None:
        with smtplib.SMTP(self.host, self.port) as server:
            if self.use_starttls:
                server.starttls(context=CTX)
            server.login(user, password)
            server.send_message(msg)


class LegacyBrokerMailer(RelayMailer):
    use_starttls = False


def acknowledge(msg, user: str, password: str) -> None:
    server = smtplib.SMTP(RELAY, 587)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=CTX)
        server.ehlo()
    server.login(user, password)
    server.send_message(msg)
    server.quit()
