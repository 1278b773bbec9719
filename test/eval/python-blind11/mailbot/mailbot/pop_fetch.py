import poplib
import ssl


def fetch_bounce_count(host, user, password):
    box = poplib.POP3(host, 110, timeout=30)
    box.user(user)
    box.pass_(password)
    try:
        count, _size = box.stat()
        return count
    finally:
        box.quit()


def fetch_upgraded(host, user, password):
    box = poplib.POP3(host, 110, timeout=30)
    box.stls()
    box.user(user)
    box.pass_(password)
    try:
        return box.stat()[0]
    finally:
        box.quit()


def fetch_secure(host, user, password, ctx):
    box = poplib.POP3_SSL(host, 995, context=ctx, timeout=30)
    box.user(user)
    box.pass_(password)
    try:
        return [box.retr(i + 1)[1] for i in range(box.stat()[0])]
    finally:
        box.quit()


def fetch_verified(host, user, password, cafile):
    box = poplib.POP3_SSL(host, 995, context=ssl.create_default_context(cafile=cafile))
    box.user(user)
    box.pass_(password)
    return box.stat()[0]
