import smtplib


def starttls_supported(host, port=25):
    with smtplib.SMTP(host, port, timeout=10) as smtp:
        smtp.ehlo()
        if not smtp.has_extn("starttls"):
            return False
        smtp.starttls()
        smtp.ehlo()
        return True
