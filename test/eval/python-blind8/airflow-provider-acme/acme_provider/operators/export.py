from airflow.models import BaseOperator

from acme_provider.hooks.acme import AcmeHook, AcmeSandboxHook

HOOKS = {"prod": AcmeHook, "sandbox": AcmeSandboxHook}


class AcmeExportOperator(BaseOperator):
    template_fields = ("payload",)

    def __init__(self, payload, target="prod", **kwargs):
        super().__init__(**kwargs)
        self.payload = payload
        self.target = target

    def execute(self, context):
        hook = HOOKS[self.target]()
        return hook.run("/v2/exports", data=self.payload)
