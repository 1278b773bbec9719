import logging

import requests
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.models import Invoice, WebhookEndpoint
from billing.serializers import InvoiceSerializer

log = logging.getLogger(__name__)


class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer

    @action(detail=True, methods=["post"])
    def notify(self, request, pk=None):
        invoice = self.get_object()
        delivered = 0
        for hook in WebhookEndpoint.objects.filter(account=invoice.account, active=True):
            try:
                requests.post(hook.url, json=InvoiceSerializer(invoice).data, timeout=5, verify=hook.ca_bundle or True)
                delivered += 1
            except requests.RequestException:
                log.warning("webhook %s failed", hook.pk)
        return Response({"delivered": delivered}, status=status.HTTP_202_ACCEPTED)
