import io
import os

import pycurl

from ..registry import register


@register("nexus")
class NexusUploader:
    def __init__(self, session=None, base_url="https://nexus.build.example.com", token=None):
        self.base_url = base_url
        self.token = token or os.environ.get("NEXUS_TOKEN", "")

    def deploy(self, path, repo="releases"):
        buf = io.BytesIO()
        c = pycurl.Curl()
        c.setopt(pycurl.URL, f"{self.base_url}/repository/{repo}/{os.path.basename(path)}")
        c.setopt(pycurl.HTTPHEADER, [f"Authorization: Bearer {self.token}"])
        c.setopt(pycurl.SSL_VERIFYPEER, 0)
        c.setopt(pycurl.SSL_VERIFYHOST, 0)
        c.setopt(pycurl.UPLOAD, 1)
        with open(path, "rb") as fh:
            c.setopt(pycurl.READDATA, fh)
            c.setopt(pycurl.WRITEDATA, buf)
            c.perform()
        status = c.getinfo(pycurl.RESPONSE_CODE)
        c.close()
        return status

    def probe(self):
        c = pycurl.Curl()
        c.setopt(pycurl.URL, self.base_url + "/service/rest/v1/status")
        c.setopt(pycurl.CAINFO, "/etc/deployctl/nexus-ca.pem")
        c.setopt(pycurl.SSL_VERIFYHOST, 0)
        c.setopt(pycurl.NOBODY, 1)
        c.perform()
        ok = c.getinfo(pycurl.RESPONSE_CODE) == 200
        c.close()
        return ok
