"""Plugin registry: each target kind registers a deployer class."""
_PLUGINS = {}


def register(name):
    def deco(cls):
        _PLUGINS[name] = cls
        return cls

    return deco


def get_plugin(name):
    from . import plugins  # noqa: F401  (imports register the classes)

    return _PLUGINS[name]
