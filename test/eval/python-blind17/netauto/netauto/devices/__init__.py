from .fortigate import FortiGate
from .panos import PanOS

DRIVERS = {"fortios": FortiGate, "panos": PanOS}
