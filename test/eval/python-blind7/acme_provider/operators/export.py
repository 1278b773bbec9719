import csv
import ftplib
import io
import ssl


class FtpExportOperator:
    def __init__(self, host, user, password, remote_dir, rows):
        self.host = host
        self.user = user
        self.password = password
        self.remote_dir = remote_dir
        self.rows = rows

    def _payload(self):
        buf = io.StringIO()
        csv.writer(buf).writerows(self.rows)
        return io.BytesIO(buf.getvalue().encode())

    def execute(self, context):
        ftp = ftplib.FTP(self.host, timeout=60)
        ftp.login(self.user, self.password)
        ftp.cwd(self.remote_dir)
        ftp.storbinary("STOR export.csv", self._payload())
        ftp.quit()


class FtpsExportOperator(FtpExportOperator):
    def execute(self, context):
        ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context(), timeout=60)
        ftps.login(self.user, self.password)
        ftps.cwd(self.remote_dir)
        ftps.storbinary("STOR export.csv", self._payload())
        ftps.quit()


class SecureFtpsExportOperator(FtpExportOperator):
    def execute(self, context):
        with ftplib.FTP_TLS(self.host, context=ssl.create_default_context()) as ftps:
            ftps.login(self.user, self.password)
            ftps.prot_p()
            ftps.cwd(self.remote_dir)
            ftps.storbinary("STOR export.csv", self._payload())


def public_listing(host):
    ftp = ftplib.FTP(host)
    ftp.login()
    return ftp.nlst()
