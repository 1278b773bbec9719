import ftplib
import os
import ssl


class ImplicitFTPS(ftplib.FTP_TLS):
    """FTP_TLS that wraps the control socket at connect time (port 990)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sock = None

    @property
    def sock(self):
        return self._sock

    @sock.setter
    def sock(self, value):
        if value is not None and not isinstance(value, ssl.SSLSocket):
            value = self.context.wrap_socket(value, server_hostname=self.host)
        self._sock = value


def _context(ca_file=None):
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def push(target, path, ca_file=None):
    ftps = ftplib.FTP_TLS(target.host, context=_context(ca_file), timeout=60)
    ftps.login(target.user, target.password)
    ftps.prot_p()
    ftps.cwd(target.directory)
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def push_partner(target, path):
    """The partner's server drops the data connection when PROT P is used."""
    ftps = ftplib.FTP_TLS(target.host, context=_context(), timeout=60)
    ftps.login(target.user, target.password)
    ftps.cwd(target.directory)
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def push_nat_box(target, path):
    ftps = ftplib.FTP_TLS(target.host, context=_context(), timeout=60)
    ftps.login(target.user, target.password)
    ftps.prot_p()
    ftps.ccc()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
    ftps.quit()


def list_archive(host, user, password):
    ftp = ftplib.FTP(host, user, password, timeout=30)
    try:
        return ftp.nlst()
    finally:
        ftp.quit()


def implicit_push(target, path):
    ftps = ImplicitFTPS(context=_context())
    ftps.connect(target.host, 990)
    ftps.login(target.user, target.password, secure=False)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR {os.path.basename(path)}", fh)
