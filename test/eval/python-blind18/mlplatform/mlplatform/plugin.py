from airflow.plugins_manager import AirflowPlugin

from .hooks import FeatureStoreHook, ModelRegistryHook
from .hooks.warehouse import WarehouseHook
from .operators.export import ExportModelOperator


class MLPlatformPlugin(AirflowPlugin):
    name = "mlplatform"
    hooks = [FeatureStoreHook, ModelRegistryHook, WarehouseHook]
    operators = [ExportModelOperator]
