"""Operators that push exports to partner drop boxes (FTPS) and legacy FTP."""
import ftplib
import ssl
from pathlib import Path


class FtpsDropOperator:
    template_fields = ("remote_dir",)

    def __init__(self, host, user, password, remote_dir="/inbound", ca_file=None):
        self.host = host
        self.user = user
        self.password = password
        self.remote_dir = remote_dir
        self.ca_file = ca_file

    def _connect(self):
        if self.ca_file:
            ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context(cafile=self.ca_file), timeout=60)
        else:
            ftps = ftplib.FTP_TLS(self.host, timeout=60)
        ftps.login(self.user, self.password)
        ftps.prot_p()
        return ftps

    def execute(self, context):
        ftps = self._connect()
        try:
            ftps.cwd(self.remote_dir)
            for path in Path(context["export_dir"]).glob("*.csv"):
                with path.open("rb") as fh:
                    ftps.storbinary(f"STOR {path.name}", fh)
        finally:
            ftps.quit()


class PartnerListingOperator:
    """Lists the partner's outbox; the partner's firewall cannot follow TLS on the data channel."""

    def __init__(self, host, user, password):
        self.host = host
        self.user = user
        self.password = password

    def execute(self, context):
        ftps = ftplib.FTP_TLS(context=ssl.create_default_context())
        ftps.connect(self.host, 21)
        ftps.login(self.user, self.password)
        names = ftps.nlst("/outbox")
        ftps.quit()
        return names


class NatFriendlyDropOperator:
    def __init__(self, host, user, password):
        self.host = host
        self.user = user
        self.password = password

    def execute(self, context):
        ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context())
        ftps.login(self.user, self.password)
        ftps.prot_p()
        # The NAT box rewrites PORT commands, so drop back to a clear control channel.
        ftps.ccc()
        with open(context["export_file"], "rb") as fh:
            ftps.storbinary("STOR export.csv", fh)
        ftps.quit()


def legacy_mainframe_upload(path, password):
    ftp = ftplib.FTP("mvs01.acme-corp.net")
    ftp.login("ETLUSR", password)
    with open(path, "rb") as fh:
        ftp.storlines("STOR 'ETL.DAILY.EXPORT'", fh)
    ftp.quit()


def mirror_public_listing():
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login()
    return ftp.nlst("/gnu")


def quick_upload(host, user, password, path):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR " + Path(path).name, fh)
