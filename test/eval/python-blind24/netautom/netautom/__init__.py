from .inventory import DEVICES  # noqa: F401
