import configparser

import requests

_ini = configparser.ConfigParser()
_ini.read("/etc/pharmacy/erx.ini")

ERX_URL = "https://erx.pharmacy-network.example/api/v3"
ERX_VERIFY = _ini.getboolean("erx", "verify", fallback=False)
ERX_CA = _ini.get("erx", "ca_bundle", fallback="/etc/pharmacy/erx-ca.pem")


def submit(prescription: dict) -> dict:
    r = requests.post(f"{ERX_URL}/prescriptions", json=prescription, verify=ERX_VERIFY, timeout=30)
    r.raise_for_status()
    return r.json()


def status(rx_id: str) -> dict:
    return requests.get(f"{ERX_URL}/prescriptions/{rx_id}", verify=ERX_CA, timeout=30).json()
