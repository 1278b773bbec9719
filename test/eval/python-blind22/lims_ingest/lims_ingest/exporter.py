import requests

from .transport import LIMS_CA


class Exporter:
    verify_ssl = LIMS_CA
    endpoint = "https://export.lims.example/api/batches"

    def push(self, batch: dict) -> int:
        s = requests.Session()
        s.verify = self.verify_ssl
        return s.post(self.endpoint, json=batch, timeout=60).status_code


class PartnerExporter(Exporter):
    endpoint = "https://intake.partner-lab.example/api/batches"
    verify_ssl = False


class MirrorExporter(Exporter):
    endpoint = "https://mirror.lims.example/api/batches"
    verify_ssl = False

    def __init__(self):
        self.verify_ssl = LIMS_CA
