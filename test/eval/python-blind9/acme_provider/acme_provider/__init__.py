def get_provider_info():
    return {
        "package-name": "apache-airflow-providers-acme",
        "name": "Acme",
        "hook-class-names": [
            "acme_provider.hooks.postgres.AcmePostgresHook",
            "acme_provider.hooks.kafka.AcmeKafkaHook",
            "acme_provider.hooks.ldap.AcmeLdapHook",
            "acme_provider.hooks.search.AcmeSearchHook",
        ],
    }
