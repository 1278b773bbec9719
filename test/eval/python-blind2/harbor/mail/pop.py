"""Legacy POP3 pickup for the customs broker's mailbox."""
import poplib
import ssl

POP_HOST = "pop.broker.example.com"
POP_CTX = None


def pickup(user, password):
    box = poplib.POP3_SSL(POP_HOST, 995, context=POP_CTX)
    box.user(user)
    box.pass_(password)
    return box.stat()


def pickup_stls(user, password):
    box = poplib.POP3(POP_HOST, 110)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.list()


def pickup_plain(user, password):
    box = poplib.POP3(POP_HOST)
    box.user(user)
    box.pass_(password)
    return box.stat()


def pickup_apop(user, secret):
    box = poplib.POP3(POP_HOST)
    box.apop(user, secret)
    return box.stat()


def pickup_verified(user, password):
    box = poplib.POP3_SSL(POP_HOST, context=ssl.create_default_context())
    box.user(user)
    box.pass_(password)
    return box.stat()
