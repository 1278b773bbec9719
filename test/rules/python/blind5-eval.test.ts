// Cases from the fifth blind evaluation set (test/eval/python-blind5/): each miss it found, fixed,
// as a table with exact ranges and re-linted fixes (rule-tester.ts), traps beside them.
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { noWeakCipher } from '../../../rules/no-weak-cipher/index.js';
import { requireServername } from '../../../rules/require-servername/index.js';
import { runRuleTests } from '../rule-tester.js';

// A base class's method reads a protocol and a cipher string from `self`; subclasses set them.
const BRIDGE = 'import ssl\nimport paho.mqtt.client as mqtt\n\n\nclass Bridge:\n    tls_version = ssl.PROTOCOL_TLS_CLIENT\n    ciphers = None\n\n    def connect(self):\n        self.client = mqtt.Client()\n        self.client.tls_set(ca_certs="ca.pem", tls_version=self.tls_version, ciphers=self.ciphers)\n';

runRuleTests(
  noLegacyTlsVersion,
  {
    valid: [
      {
        name: 'subclasses that keep a modern protocol, write their own instance attribute, override connect(), or stand outside the hierarchy',
        code: `${BRIDGE}\n\nclass Modern(Bridge):\n    tls_version = ssl.PROTOCOL_TLS_CLIENT\n\n\nclass Configured(Bridge):\n    tls_version = ssl.PROTOCOL_TLSv1\n\n    def __init__(self, version=ssl.PROTOCOL_TLS_CLIENT):\n        self.tls_version = version\n\n\nclass Own(Bridge):\n    tls_version = ssl.PROTOCOL_TLSv1\n\n    def connect(self):\n        return None\n\n\nclass Other:\n    tls_version = ssl.PROTOCOL_TLSv1\n`,
      },
      { name: 'a subclass attribute of another name, and a comparison', code: `${BRIDGE}\n\nclass Old(Bridge):\n    version = ssl.PROTOCOL_TLSv1\n\n    def check(self):\n        return self.tls_version == ssl.PROTOCOL_TLSv1\n` },
    ],
    invalid: [
      {
        name: "a subclass's class attribute read by the base class's tls_set(): at the subclass, for that class, fixed there",
        code: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    tls_version = ⟦ssl.PROTOCOL_TLSv1_1⟧\n\n\nclass Older(OldBridge):\n    tls_version = ⟦ssl.PROTOCOL_TLSv1⟧ if LEGACY else ssl.PROTOCOL_TLS_CLIENT\n`,
        messageIds: ['pyProtocol', 'pyProtocol'],
        messageIncludes: ['ssl.PROTOCOL_TLSv1_1 (for OldBridge) pins TLS 1.1', 'ssl.PROTOCOL_TLSv1 (for Older, when LEGACY) pins TLS 1.0'],
        fixes: [
          { title: 'Use ssl.PROTOCOL_TLS_CLIENT', output: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    tls_version = ssl.PROTOCOL_TLS_CLIENT\n\n\nclass Older(OldBridge):\n    tls_version = ssl.PROTOCOL_TLSv1 if LEGACY else ssl.PROTOCOL_TLS_CLIENT\n` },
          { title: 'Use ssl.PROTOCOL_TLS_CLIENT', finding: 1, output: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    tls_version = ssl.PROTOCOL_TLSv1_1\n\n\nclass Older(OldBridge):\n    tls_version = ssl.PROTOCOL_TLS_CLIENT if LEGACY else ssl.PROTOCOL_TLS_CLIENT\n` },
        ],
      },
      {
        name: 'a maximum a subclass sets: no fix, since removing the shared argument would change every class',
        code: 'import ssl\nimport urllib3\n\n\nclass Pool:\n    cap = ssl.TLSVersion.TLSv1_3\n\n    def make(self):\n        return urllib3.PoolManager(ssl_maximum_version=self.cap)\n\n\nclass Legacy(Pool):\n    cap = ⟦ssl.TLSVersion.TLSv1_1⟧\n',
        messageIds: ['pyMaximum'],
        messageIncludes: ['(for Legacy)'],
        fixes: [],
      },
    ],
  },
  { filename: 'bridge.py' },
);

runRuleTests(
  noWeakCipher,
  {
    valid: [
      {
        name: 'subclasses with a strong list, their own connect(), or an instance attribute',
        code: `${BRIDGE}\n\nclass Strong(Bridge):\n    ciphers = "ECDHE+AESGCM"\n\n\nclass Own(Bridge):\n    ciphers = "DES-CBC3-SHA"\n\n    def connect(self):\n        return None\n\n\nclass Configured(Bridge):\n    ciphers = "RC4-SHA"\n\n    def __init__(self, ciphers="ECDHE+AESGCM"):\n        self.ciphers = ciphers\n`,
      },
      { name: 'a class outside the hierarchy', code: `${BRIDGE}\n\nclass Other:\n    ciphers = "DES-CBC3-SHA"\n` },
    ],
    invalid: [
      {
        name: "a subclass's cipher string read by the base class's tls_set(): in its literal, for that class",
        code: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    ciphers = "⟦DES-CBC3-SHA⟧:ECDHE+AESGCM"\n`,
        messageIncludes: ["'DES-CBC3-SHA' in tls_set() (for OldBridge) enables 3DES"],
        fixes: [
          { title: "Remove 'DES-CBC3-SHA' from the cipher list", output: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    ciphers = "ECDHE+AESGCM"\n` },
          {
            title: 'Replace the cipher list with the Mozilla intermediate list',
            output: `${BRIDGE}\n\nclass OldBridge(Bridge):\n    ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"\n`,
          },
        ],
      },
      {
        name: 'set_ciphers(self.ciphers) in the base: no fix that removes the shared call',
        code: 'import ssl\n\n\nclass Base:\n    ciphers = "ECDHE+AESGCM"\n\n    def context(self):\n        ctx = ssl.create_default_context()\n        ctx.set_ciphers(self.ciphers)\n        return ctx\n\n\nclass Old(Base):\n    ciphers = "ECDHE+AESGCM:⟦RC4⟧"\n',
        messageIncludes: ["'RC4' in set_ciphers() (for Old)"],
        fixes: [
          { title: "Remove 'RC4' from the cipher list", output: 'import ssl\n\n\nclass Base:\n    ciphers = "ECDHE+AESGCM"\n\n    def context(self):\n        ctx = ssl.create_default_context()\n        ctx.set_ciphers(self.ciphers)\n        return ctx\n\n\nclass Old(Base):\n    ciphers = "ECDHE+AESGCM"\n' },
          {
            title: 'Replace the cipher list with the Mozilla intermediate list',
            output: 'import ssl\n\n\nclass Base:\n    ciphers = "ECDHE+AESGCM"\n\n    def context(self):\n        ctx = ssl.create_default_context()\n        ctx.set_ciphers(self.ciphers)\n        return ctx\n\n\nclass Old(Base):\n    ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"\n',
          },
        ],
      },
    ],
  },
  { filename: 'bridge.py' },
);

const CLIENT = 'import requests\n\n\nclass Client:\n    verify_ssl = True\n\n    def _session(self):\n        s = requests.Session()\n        s.verify = self.verify_ssl\n        return s\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        name: 'subclasses that verify, override _session(), write their own attribute, or stand outside the hierarchy',
        code: `${CLIENT}\n\nclass Pinned(Client):\n    verify_ssl = "/etc/ca.pem"\n\n\nclass Own(Client):\n    verify_ssl = False\n\n    def _session(self):\n        return requests.Session()\n\n\nclass Configured(Client):\n    verify_ssl = False\n\n    def __init__(self, ca="/etc/ca.pem"):\n        self.verify_ssl = ca\n\n\nclass Other:\n    verify_ssl = False\n`,
      },
      {
        name: 'a later write that turns verification back on before the session is used',
        code: 'import requests\n\n\nclass Client:\n    verify_ssl = True\n\n    def _session(self):\n        s = requests.Session()\n        s.verify = self.verify_ssl\n        s.verify = "/etc/ca.pem"\n        return s\n\n\nclass Sandbox(Client):\n    verify_ssl = False\n',
      },
    ],
    invalid: [
      {
        name: "`s.verify = self.verify_ssl` in the base class, a subclass's verify_ssl = False: at the subclass, for that class, no fix",
        code: `${CLIENT}\n\nclass Sandbox(Client):\n    verify_ssl = ⟦False⟧\n`,
        messageIds: ['pyOption'],
        messageIncludes: ['s.verify = self.verify_ssl (for Sandbox) makes requests accept any certificate'],
        fixes: [],
      },
    ],
  },
  { filename: 'sdk.py' },
);

// A pyOpenSSL client presenting its own certificate (a private key, no CAs loaded) made by a factory.
const HSM = (callback: string, use: string) => `import socket\nfrom OpenSSL import SSL\n\n\ndef _accept_all(conn, cert, errnum, depth, ok):\n    return True\n\n\ndef hsm_context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.use_certificate_file("client.pem")\n    ctx.use_privatekey_file("client.key")\n    ctx.set_verify(SSL.VERIFY_PEER, ${callback})\n    return ctx\n\n\ndef open_hsm(sock):\n${use}`;
const CONNECTS = '    conn = SSL.Connection(hsm_context(), sock)\n    conn.set_connect_state()\n    return conn\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      { name: 'a callback that keeps OpenSSL\'s verdict', code: HSM('lambda conn, cert, errnum, depth, ok: ok', CONNECTS) },
      { name: 'a server: its connection accepts', code: HSM('_accept_all', '    conn = SSL.Connection(hsm_context(), sock)\n    conn.set_accept_state()\n    return conn\n') },
      { name: 'a key and no CAs, with no connection the file makes (a server by default)', code: HSM('_accept_all', '    return serve(hsm_context(), sock)\n') },
      {
        name: 'a factory that may return another context',
        code: HSM('_accept_all', CONNECTS).replace('    return ctx\n', '    if socket.has_ipv6:\n        return other()\n    return ctx\n'),
      },
    ],
    invalid: [
      {
        name: 'a named callback that returns True, on a client with its own key made by a factory (C19)',
        code: HSM('⟦_accept_all⟧', CONNECTS),
        messageIds: ['pyAcceptAll'],
        fixes: [],
      },
      {
        name: 'the same through a name bound to the factory\'s call',
        code: HSM('⟦_accept_all⟧', '    c = hsm_context()\n    conn = SSL.Connection(c, sock)\n    conn.set_connect_state()\n    return conn\n'),
        messageIds: ['pyAcceptAll'],
      },
    ],
  },
  { filename: 'hsm.py' },
);

// A context a function of the file makes and returns, wrapped where it is called.
const VAULT = (factory: string, use: string) => `import socket\nimport ssl\n\nVAULT = ("vault.example.com", 8200)\n\n\ndef _vault_context():\n${factory}    return ctx\n\n\ndef fetch(raw):\n${use}`;
const NO_CHECK = '    ctx = ssl.create_default_context(cafile="ca.pem")\n    ctx.check_hostname = False\n';

runRuleTests(
  requireServername,
  {
    valid: [
      { name: 'server_hostname given', code: VAULT(NO_CHECK, '    raw = socket.create_connection(VAULT)\n    return _vault_context().wrap_socket(raw, server_hostname=VAULT[0])\n') },
      { name: 'name checks off and a peer the file does not name (the page\'s exemption)', code: VAULT(NO_CHECK, '    return _vault_context().wrap_socket(raw)\n') },
      { name: 'an IP address as the peer', code: VAULT(NO_CHECK, '    raw = socket.create_connection(("10.0.0.7", 8200))\n    return _vault_context().wrap_socket(raw)\n') },
      { name: 'a server context (made for client authentication, or one whose object wraps server-side)', code: VAULT('    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\n', '    raw = socket.create_connection(VAULT)\n    return _vault_context().wrap_socket(raw)\n') },
      { name: 'a server context the file changes', code: VAULT('    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n    ctx.load_cert_chain("c.pem")\n', '    raw = socket.create_connection(VAULT)\n    return _vault_context().wrap_socket(raw)\n') },
      { name: 'a bare context whose side the file does not show', code: VAULT('    ctx = ssl.SSLContext()\n', '    raw = socket.create_connection(VAULT)\n    return _vault_context().wrap_socket(raw)\n') },
      { name: 'a function of another file (its context unknown)', code: 'import socket\nfrom vault import context\n\n\ndef fetch():\n    raw = socket.create_connection(("vault.example.com", 8200))\n    return context().wrap_socket(raw)\n' },
    ],
    invalid: [
      {
        name: 'wrap_socket(raw) on a factory\'s context with check_hostname off, to a peer the file names (S1)',
        code: VAULT(NO_CHECK, '    raw = socket.create_connection(VAULT)\n    return ⟦_vault_context().wrap_socket(raw)⟧\n'),
        messageIds: ['pyMissing'],
        fixes: [{ title: 'Add server_hostname="vault.example.com"', output: VAULT(NO_CHECK, '    raw = socket.create_connection(VAULT)\n    return _vault_context().wrap_socket(raw, server_hostname="vault.example.com")\n') }],
      },
      {
        name: 'the same through a name bound to the call of a factory the object model holds nothing for',
        code: VAULT('    ctx = ssl.create_default_context()\n', '    raw = socket.create_connection(VAULT)\n    c = _vault_context()\n    return ⟦c.wrap_socket(raw)⟧\n'),
        messageIds: ['pyMissing'],
      },
    ],
  },
  { filename: 'vault.py' },
);

// A keyword's value a function of the file returns: the unsafe return, saying when it runs.
const S3 = (helper: string, call = 'boto3.client("s3", verify=_verify_setting())') => `import os\n\nimport boto3\n\n\ndef _verify_setting():\n${helper}\n\ndef archive_client():\n    return ${call}\n`;
const TOGGLE = (off: string) => `    value = os.environ.get("S3_VERIFY", "true")\n    if value.lower() == "false":\n        return ${off}\n    return value if value.lower() != "true" else None\n`;

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      { name: 'a helper that returns a CA path or None in every branch', code: S3(TOGGLE('"/etc/ca.pem"')) },
      { name: 'a nested function\'s return is not the helper\'s', code: S3('    def never():\n        return False\n\n    return "/etc/ca.pem"\n') },
      { name: 'a method, or a function of another module, is not followed', code: S3(TOGGLE('False'), 'boto3.client("s3", verify=settings.verify_setting())') },
      { name: 'the result compared, not passed', code: S3(TOGGLE('False'), 'boto3.client("s3", verify=_verify_setting() is not False)') },
    ],
    invalid: [
      {
        name: 'boto3.client(verify=_verify_setting()) whose helper returns False when an env var says so: at that return, saying when, no fix',
        code: S3(TOGGLE('⟦False⟧')),
        messageIds: ['pyOption'],
        messageIncludes: ['verify=False (when value.lower() == "false") makes boto3 accept any certificate'],
        fixes: [],
      },
      {
        name: 'an unconditional return, and a helper that returns a conditional expression',
        code: 'import requests\n\n\ndef _off():\n    return ⟦False⟧\n\n\ndef _maybe(debug):\n    return ⟦False⟧ if debug else True\n\n\nrequests.get("https://a.example", verify=_off())\nrequests.get("https://b.example", verify=_maybe(True))\n',
        messageIncludes: ['verify=False makes requests accept', 'verify=False (when debug) makes requests accept'],
        fixes: [],
      },
    ],
  },
  { filename: 's3.py' },
);

runRuleTests(
  noUnverifiedHostname,
  {
    valid: [{ name: 'a helper that keeps the check', code: 'import paho.mqtt.client as mqtt\n\n\ndef _insecure():\n    return False\n\n\nclient = mqtt.Client()\nclient.tls_insecure_set(_insecure())\n' }],
    invalid: [
      {
        name: 'tls_insecure_set(_insecure()) whose helper returns True: at the return, no fix',
        code: 'import os\nimport paho.mqtt.client as mqtt\n\n\ndef _insecure():\n    if os.environ.get("MQTT_LAB"):\n        return ⟦True⟧\n    return False\n\n\nclient = mqtt.Client()\nclient.tls_insecure_set(_insecure())\n',
        messageIncludes: ['(when os.environ.get("MQTT_LAB"))'],
        fixes: [],
      },
    ],
  },
  { filename: 'mqtt.py' },
);
