from __future__ import annotations

import ftplib
import io
import ssl

from airflow.models import BaseOperator


class PartnerFtpsToLocalOperator(BaseOperator):
    """Downloads the nightly partner export over FTPS."""

    template_fields = ("remote_path",)

    def __init__(self, *, host: str, remote_path: str, local_path: str, conn_id: str = "partner_ftps", **kwargs):
        super().__init__(**kwargs)
        self.host = host
        self.remote_path = remote_path
        self.local_path = local_path
        self.conn_id = conn_id

    def execute(self, context):
        conn = self.get_connection(self.conn_id)
        ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context(), timeout=60)
        ftps.login(conn.login, conn.password)
        buf = io.BytesIO()
        ftps.retrbinary(f"RETR {self.remote_path}", buf.write)
        ftps.quit()
        with open(self.local_path, "wb") as fh:
            fh.write(buf.getvalue())


class LocalToPartnerFtpsOperator(BaseOperator):
    def __init__(self, *, host: str, local_path: str, remote_path: str, conn_id: str = "partner_ftps", **kwargs):
        super().__init__(**kwargs)
        self.host = host
        self.local_path = local_path
        self.remote_path = remote_path
        self.conn_id = conn_id

    def execute(self, context):
        conn = self.get_connection(self.conn_id)
        ftps = ftplib.FTP_TLS(self.host, context=ssl.create_default_context(cafile="/opt/airflow/certs/partner-ca.pem"))
        ftps.login(conn.login, conn.password)
        ftps.prot_p()
        with open(self.local_path, "rb") as fh:
            ftps.storbinary(f"STOR {self.remote_path}", fh)
        ftps.quit()
