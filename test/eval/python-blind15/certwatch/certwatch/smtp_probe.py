"""STARTTLS availability checks for the mail relays."""
import smtplib
import ssl

from certwatch.contexts import verified_context

OK, CRITICAL = 0, 2


def check_starttls(host, port=25):
    with smtplib.SMTP(host, port, timeout=10) as smtp:
        smtp.ehlo()
        if not smtp.has_extn("starttls"):
            return CRITICAL, "no STARTTLS"
        smtp.starttls()
        smtp.ehlo()
    return OK, "STARTTLS offered"


def check_starttls_verified(host, port=25, cafile=None):
    with smtplib.SMTP(host, port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.starttls(context=verified_context(cafile))
        smtp.ehlo()
    return OK, "STARTTLS verified"


def check_submission(host, port=465):
    with smtplib.SMTP_SSL(host, port, timeout=10, context=ssl.create_default_context()) as smtp:
        code, _ = smtp.noop()
    return (OK if code == 250 else CRITICAL), f"NOOP {code}"
