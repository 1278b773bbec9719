#!/usr/bin/env python3
"""Exports cleared containers to the customs portal."""
import httpx

PORTAL = "https://portal.customs.example.org"


class CustomsExporter:
    verify_tls = False
    timeout = 20

    def client(self):
        return httpx.Client(base_url=PORTAL, verify=self.verify_tls, timeout=self.timeout)

    def export(self, rows):
        with self.client() as c:
            return c.post("/api/v1/cleared", json=rows).status_code


class DryRunExporter:
    verify_tls = "/etc/harbor/customs-ca.pem"

    def client(self):
        return httpx.Client(base_url=PORTAL, verify=self.verify_tls)


if __name__ == "__main__":
    print(CustomsExporter().export([]))
