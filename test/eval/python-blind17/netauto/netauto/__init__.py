"""netauto: REST helpers for network devices.

Most lab devices ship with self-signed certificates. Do not pass verify=False
around; add the device CA to ``ca_bundle`` in the inventory instead.
"""

__version__ = "0.7.2"
