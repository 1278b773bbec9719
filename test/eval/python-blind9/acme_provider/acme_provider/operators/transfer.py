import ftplib
import ssl

from airflow.models import BaseOperator


class FtpsUploadOperator(BaseOperator):
    def __init__(self, *, host, user, password, local_path, remote_name, **kwargs):
        super().__init__(**kwargs)
        self.host = host
        self.user = user
        self.password = password
        self.local_path = local_path
        self.remote_name = remote_name

    def execute(self, context):
        ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context(), timeout=60)
        ftps.login(self.user, self.password)
        ftps.prot_p()
        with open(self.local_path, "rb") as fh:
            ftps.storbinary(f"STOR {self.remote_name}", fh)
        ftps.quit()


class FtpsDownloadOperator(FtpsUploadOperator):
    def execute(self, context):
        ftps = ftplib.FTP_TLS(self.host)
        ftps.login(self.user, self.password)
        with open(self.local_path, "wb") as fh:
            ftps.retrbinary(f"RETR {self.remote_name}", fh.write)
        ftps.quit()
