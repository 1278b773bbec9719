import poplib
import ssl


def drain(host, user, password):
    box = poplib.POP3(host, 110, timeout=30)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    messages = [box.retr(i + 1)[1] for i in range(count)]
    box.quit()
    return messages


def drain_ssl(host, user, password):
    box = poplib.POP3_SSL(host, 995, context=ssl.create_default_context())
    box.user(user)
    box.pass_(password)
    return box.stat()


def drain_stls(host, user, password):
    box = poplib.POP3(host, 110)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.stat()


def drain_client_cert(host, user, password, keyfile, certfile):
    box = poplib.POP3_SSL(host, 995, keyfile=keyfile, certfile=certfile)
    box.user(user)
    box.pass_(password)
    return box.stat()
