import logging

from . import directory, hr_api, openldap

log = logging.getLogger(__name__)


def run(argv=None):
    args = hr_api.parse_args(argv)
    workers = hr_api.fetch(args)
    ad = directory.ad_connection("dc1.acme.internal", "ACME\\svc-sync", "x")
    existing = {u["sAMAccountName"][0] for u in directory.users(ad)}
    rw = openldap.connect("cn=sync,dc=acme,dc=internal", "x")
    for w in workers:
        if w["login"] in existing:
            continue
        if args.dry_run:
            log.info("would create %s", w["login"])
            continue
        openldap.upsert(rw, f"uid={w['login']},ou=people,dc=acme,dc=internal", {"cn": [w["name"].encode()]})
