import ftplib
import ssl


def upload_plain(path, password):
    ftp = ftplib.FTP("ftp.partner.example.com")
    ftp.login("upload", password)  # expect: no-plaintext-downgrade
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + path, fh)
    ftp.quit()


def upload_tls_no_protection(path, password):
    ftps = ftplib.FTP_TLS("ftp.partner.example.com", context=ssl.create_default_context())
    ftps.login("upload", password)
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + path, fh)  # expect: no-plaintext-downgrade
    ftps.quit()


def upload_tls(path, password):
    ftps = ftplib.FTP_TLS("ftp.partner.example.com", context=ssl.create_default_context())
    ftps.login("upload", password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + path, fh)
    ftps.quit()


def mirror_listing():
    # Anonymous: the mirror is public.
    ftp = ftplib.FTP("ftp.debian.org")
    ftp.login()
    return ftp.nlst("debian")
