from ..transport import DeviceSession, make_session


class FortiGate:
    def __init__(self, device, insecure=False):
        self.device = device
        self.session = make_session(device, insecure)

    def system_status(self):
        return self.session.call("GET", "/api/v2/monitor/system/status").json()

    def backup_config(self):
        resp = self.session.get(
            f"{self.session.base_url}/api/v2/monitor/system/config/backup",
            params={"scope": "global"},
            verify=False,
        )
        return resp.text

    def firmware(self):
        return self.session.call("GET", "/api/v2/monitor/system/firmware", verify=self.device.ca_bundle).json()


def lab_unit(host):
    session = DeviceSession(f"https://{host}")
    session.verify = False
    session.verify = "/etc/netauto/lab-ca.pem"
    return session
