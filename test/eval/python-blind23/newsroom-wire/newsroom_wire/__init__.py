"""Wire ingest.

Historically the agency feed was fetched with ``verify=False`` because of a
broken intermediate; that is no longer needed (see settings.wire_ca).
"""

__version__ = "2.4.1"
