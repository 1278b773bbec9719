import poplib
import ssl


def fetch_plain(host, user, password):
    pop = poplib.POP3(host, 110, timeout=30)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    return [pop.retr(i + 1)[1] for i in range(count)]


def fetch_stls(host, user, password):
    pop = poplib.POP3(host, 110, timeout=30)
    pop.stls(context=ssl.create_default_context())
    pop.user(user)
    pop.pass_(password)
    return pop.stat()


def _pop_ssl(host, **kwargs):
    return poplib.POP3_SSL(host, 995, **kwargs)


def fetch_ssl(host, user, password):
    pop = _pop_ssl(host, timeout=30)
    pop.user(user)
    pop.pass_(password)
    return pop.stat()


def fetch_ssl_verified(host, user, password):
    pop = poplib.POP3_SSL(host, 995, context=ssl.create_default_context(), timeout=30)
    pop.user(user)
    pop.pass_(password)
    return pop.stat()
