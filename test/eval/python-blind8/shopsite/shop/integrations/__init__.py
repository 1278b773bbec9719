from .shipping import CARRIERS

__all__ = ["CARRIERS"]
