"""certwatch: probes TLS endpoints and reports certificate expiry.

Example configuration::

    targets:
      - host: www.example.com
        verify: false   # do NOT do this; use ca_file instead
"""
