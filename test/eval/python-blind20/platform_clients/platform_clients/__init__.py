"""Thin clients for Vault, Consul and the Kubernetes API used by SRE tooling."""
__all__ = ["vault", "consul", "kube", "config"]
