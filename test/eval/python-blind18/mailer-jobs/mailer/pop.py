import poplib
import ssl


def drain(host: str, user: str, password: str) -> int:
    pop = poplib.POP3(host, 110, timeout=30)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def drain_tls(host: str, user: str, password: str, context=None) -> int:
    pop = poplib.POP3_SSL(host, 995, context=context)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def drain_stls(host: str, user: str, password: str) -> int:
    pop = poplib.POP3(host, 110)
    pop.stls(context=ssl.create_default_context())
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]
