import poplib

from notify import settings


def drain_bounces(host: str, user: str, password: str) -> int:
    pop = poplib.POP3_SSL(host, 995, context=settings.tls_context())
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def drain_legacy(host: str, user: str, password: str) -> int:
    pop = poplib.POP3(host, 110, timeout=20)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def drain_upgraded(host: str, user: str, password: str) -> int:
    pop = poplib.POP3(host, 110, timeout=20)
    pop.stls()
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count
