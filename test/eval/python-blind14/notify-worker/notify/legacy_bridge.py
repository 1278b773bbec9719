"""Glue for the old ticketing system's XML-RPC API."""
import ssl
import xmlrpc.client

# The ticketing appliance ships a certificate for "localhost.localdomain".
ssl._create_default_https_context = ssl._create_unverified_context


def open_ticket(summary: str) -> int:
    proxy = xmlrpc.client.ServerProxy("https://tickets-old.corp.example.com/RPC2")
    return proxy.ticket.create(summary, "", {"component": "notify"})
