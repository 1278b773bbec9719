import os

MAILBOXES = [
    {"protocol": "imap", "host": "imap.example.com", "user": "bounces@example.com", "password": os.environ.get("BOUNCE_PW", "")},
    {"protocol": "pop3", "host": "pop.legacy-mail.example.net", "user": "bounces", "password": os.environ.get("LEGACY_PW", "")},
]

ARCHIVE_FTP_HOST = "ftp.archive.example.com"
NEWS_HOST = "news.example.org"
