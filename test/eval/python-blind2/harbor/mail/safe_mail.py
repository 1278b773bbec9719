"""Reference mail and FTP clients with verified TLS."""
import ftplib
import imaplib
import poplib
import smtplib
import ssl

CTX = ssl.create_default_context()


def smtp_implicit(user, pw):
    with smtplib.SMTP_SSL("smtp.harbor-mail.example.com", 465, context=CTX) as s:
        s.login(user, pw)


def smtp_starttls(user, pw):
    s = smtplib.SMTP("smtp.harbor-mail.example.com", 587)
    s.ehlo()
    s.starttls(context=CTX)
    s.ehlo()
    s.login(user, pw)
    return s


def imap_starttls(user, pw):
    m = imaplib.IMAP4("imap.harbor-mail.example.com")
    m.starttls(ssl_context=CTX)
    m.login(user, pw)
    return m


def pop_stls(user, pw):
    p = poplib.POP3("pop.harbor-mail.example.com")
    p.stls(context=CTX)
    p.user(user)
    p.pass_(pw)
    return p


def ftps(user, pw):
    f = ftplib.FTP_TLS("ftp.harbor.example.com", context=CTX)
    f.login(user, pw)
    f.prot_p()
    return f.nlst()
