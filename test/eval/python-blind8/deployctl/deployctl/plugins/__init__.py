from . import kube, nexus, registry_mirror  # noqa: F401
