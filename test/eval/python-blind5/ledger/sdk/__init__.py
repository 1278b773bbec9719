from ledger.sdk.session import LedgerSession, SandboxClient, LedgerClient

__all__ = ["LedgerSession", "SandboxClient", "LedgerClient"]
