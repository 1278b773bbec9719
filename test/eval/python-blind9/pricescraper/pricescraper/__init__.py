from .sites import CLIENTS, client_for

__all__ = ["CLIENTS", "client_for"]
