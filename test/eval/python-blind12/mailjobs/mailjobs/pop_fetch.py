import poplib
import ssl


def fetch_pop_ssl(host: str, user: str, password: str, ca: str = "/etc/mailjobs/pop-ca.pem"):
    ctx = ssl.create_default_context(cafile=ca)
    box = poplib.POP3_SSL(host, 995, context=ctx)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    box.quit()
    return count


def fetch_pop_plain(host: str, user: str, password: str):
    box = poplib.POP3(host, 110)
    box.user(user)
    box.pass_(password)
    messages = [box.retr(i + 1)[1] for i in range(len(box.list()[1]))]
    box.quit()
    return messages


def fetch_pop_stls(host: str, user: str, password: str):
    box = poplib.POP3(host, 110)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.stat()
