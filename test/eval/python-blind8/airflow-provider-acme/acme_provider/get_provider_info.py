def get_provider_info():
    return {
        "package-name": "apache-airflow-providers-acme",
        "name": "Acme",
        "description": "Hooks, operators and sensors for the Acme platform. Set extra {\"verify\": false} only for the lab.",
        "connection-types": [
            {"hook-class-name": "acme_provider.hooks.acme.AcmeHook", "connection-type": "acme"},
            {"hook-class-name": "acme_provider.hooks.storage.AcmeStorageHook", "connection-type": "acme_storage"},
        ],
    }
