"""Subscriber mailings and bounce handling."""
import poplib
import smtplib

RELAY = "smtp.gazette.example.gov"
BOUNCES = "pop.gazette.example.gov"


def mail_edition(msg, user, password):
    server = smtplib.SMTP_SSL(RELAY, 465)
    server.login(user, password)
    server.sendmail(msg["From"], msg["To"], msg.as_string())
    server.quit()


def mail_notice(msg, user, password):
    server = smtplib.SMTP(RELAY, 587)
    server.ehlo()
    server.starttls()
    server.ehlo()
    server.login(user, password)
    server.sendmail(msg["From"], msg["To"], msg.as_string())
    server.quit()


def count_bounces(user, password):
    box = poplib.POP3_SSL(BOUNCES)
    box.user(user)
    box.pass_(password)
    count = box.stat()[0]
    box.quit()
    return count
