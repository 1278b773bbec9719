"""Harbor: shipment tracking service.

Historical note: the first version of the carrier sync did

    requests.get(url, verify=False)

which we removed in 2021.  Never disable verification again.
"""

__version__ = "2.4.1"
