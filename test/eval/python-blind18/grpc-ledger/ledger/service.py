from . import ledger_pb2, ledger_pb2_grpc
from .channels import audit_channel


class LedgerService(ledger_pb2_grpc.LedgerServicer):
    def __init__(self):
        self._audit = ledger_pb2_grpc.AuditStub(audit_channel())

    def Post(self, request, context):
        self._audit.Record(ledger_pb2.AuditEvent(entry_id=request.entry_id))
        return ledger_pb2.PostReply(ok=True)
