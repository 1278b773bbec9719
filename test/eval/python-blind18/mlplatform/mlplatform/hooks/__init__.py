from .base import BaseHttpHook
from .feature_store import FeatureStoreHook
from .model_registry import ModelRegistryHook

__all__ = ["BaseHttpHook", "FeatureStoreHook", "ModelRegistryHook"]
