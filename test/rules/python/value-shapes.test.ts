// Value shapes the Python value model evaluates for every rule (python-blind20..22 misses): a
// `":".join([...])` of known strings; `getattr(obj, "NAME", default)` and configparser's getters
// with `fallback=` as lookups with a default; a `@property`'s returns; a base's `@classmethod`
// reading `cls.attr` that a subclass's class body sets; dataclass/pydantic field defaults written in
// `field(...)`/`Field(...)` and inherited from a base class of the file. Traps: a join with an
// element the model cannot see or a list changed in place, a library module's getattr (a feature
// test), an attribute the class sets, a plain method, a property returning a CA path, a
// sub-subclass restoring a safe value, a staticmethod's `cls`.
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noWeakCipher } from '../../../rules/no-weak-cipher/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name: string) => ({ code, filename: 'shapes.py', name });
const CTX = 'import ssl\n\nctx = ssl.create_default_context()\n';

runRuleTests(noWeakCipher, {
  valid: [
    py(`${CTX}ctx.set_ciphers(":".join(["ECDHE+AESGCM", "ECDHE+CHACHA20"]))\n`, 'a join of strong suites'),
    py(`${CTX}ctx.set_ciphers(":".join(["ECDHE+AESGCM", extra_suite()]))\nctx.set_ciphers(":".join(s for s in ["ECDHE+AESGCM"]))\n`, 'an element the model cannot see, a generator'),
    py(`${CTX}SUITES = ["ECDHE+AESGCM", "RC4-SHA"]\nSUITES.remove("RC4-SHA")\nctx.set_ciphers(":".join(SUITES))\n`, 'a list the file changes in place'),
    py(`${CTX}PARTS = ["ECDHE+AESGCM", "RC4-SHA"]\ndel PARTS[1]\nctx.set_ciphers(":".join(PARTS))\n`, '… or deletes from'),
  ],
  invalid: [
    py(`${CTX}SUITES = ":".join(["ECDHE+AESGCM", "⟦RC4-SHA⟧"])\nctx.set_ciphers(SUITES)\n`, 'a join of literals held by a constant: at the weak element'),
    py(`${CTX}WEAK = ("ECDHE+AESGCM", "DES-CBC3-SHA")\nctx.set_ciphers(⟦":".join(WEAK)⟧)\n`, 'a tuple constant joined in the call'),
    py(`${CTX}SUITES = ["ECDHE+AESGCM", "RC4-SHA"]\nctx.set_ciphers(⟦" ".join(SUITES)⟧)\n`, 'a list constant nothing changes, joined with a space'),
    {
      ...py(`import ssl\n\n\nclass PeerProfile:\n    ciphers = "ECDHE+AESGCM"\n\n    @classmethod\n    def context(cls):\n        ctx = ssl.create_default_context()\n        ctx.set_ciphers(cls.ciphers)\n        return ctx\n\n\nclass LegacyLabPeer(PeerProfile):\n    ciphers = "ECDHE+AESGCM:⟦DES-CBC3-SHA⟧"\n\n\nclass Restored(LegacyLabPeer):\n    ciphers = "ECDHE+AESGCM"\n`, "a base's classmethod reading cls.ciphers: at the subclass's body, for it"),
      messageIncludes: ['(for LegacyLabPeer)'],
    },
  ],
});

runRuleTests(noLegacyTlsVersion, {
  valid: [
    py('import ssl\n\n\nclass Profile:\n    min_tls = ssl.TLSVersion.TLSv1_2\n\n    @classmethod\n    def context(cls):\n        ctx = ssl.create_default_context()\n        ctx.minimum_version = cls.min_tls\n        ctx.minimum_version = ssl.TLSVersion.TLSv1_2\n        return ctx\n\n\nclass Legacy(Profile):\n    min_tls = ssl.TLSVersion.TLSv1\n', 'a later write in the method overrides what the subclass sets'),
  ],
  invalid: [
    {
      ...py('import ssl\n\n\nclass Profile:\n    min_tls = ssl.TLSVersion.TLSv1_2\n\n    @classmethod\n    def context(cls):\n        ctx = ssl.create_default_context()\n        ctx.minimum_version = cls.min_tls\n        return ctx\n\n\nclass Legacy(Profile):\n    min_tls = ⟦ssl.TLSVersion.TLSv1⟧\n\n\nclass Modern(Profile):\n    min_tls = ssl.TLSVersion.TLSv1_3\n', "ctx.minimum_version = cls.min_tls in a base's classmethod: at the subclass's constant, the write related"),
      messageIncludes: ['(for Legacy)'],
      related: [['used by ctx.minimum_version at line 10']],
    },
  ],
});

const INI = 'import configparser\n\nimport requests\n\n_ini = configparser.ConfigParser()\n_ini.read("/etc/app.ini")\n';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    py(`${INI}VERIFY = _ini.getboolean("erx", "verify", fallback=True)\nCA = _ini.get("erx", "ca", fallback="/etc/ca.pem")\nrequests.get("https://a.example", verify=VERIFY)\nrequests.get("https://a.example", verify=CA)\n`, 'configparser defaults that verify'),
    py('import ssl\n\nimport requests\n\nrequests.get("https://a.example", verify=getattr(ssl, "HAS_SNI", False))\n', "a library module's getattr is a feature test"),
    py('import requests\n\n\nclass Api(requests.Session):\n    def get_json(self, url):\n        return requests.get(url, verify=getattr(self, "verify", False))\n', "getattr on an object a library made (a Session subclass's self has the library's verify)"),
    py('import requests\n\n\nclass Client:\n    verify_tls = True\n\n    def get(self, url):\n        return requests.get(url, verify=getattr(self, "verify_tls", False))\n', 'an attribute the class body sets'),
    py('import requests\n\n\nclass Api:\n    def verify(self):\n        return False\n\n    def get(self):\n        return requests.get("https://a.example", verify=self.verify)\n\n    @property\n    def ca(self):\n        return "/etc/ssl/ca.pem"\n\n    def pinned(self):\n        return requests.get("https://a.example", verify=self.ca)\n', 'a plain method (a bound method is truthy) and a property returning a CA path'),
    py('from dataclasses import dataclass, field\n\nimport httpx\n\n\n@dataclass\nclass Upstream:\n    verify: object = field(default=True)\n\n\n@dataclass\nclass Sandbox(Upstream):\n    verify: object = False\n\n\n@dataclass\nclass Restored(Sandbox):\n    verify: object = True\n\n\ncfg = Restored()\nhttpx.Client(verify=cfg.verify)\nhttpx.Client(verify=Upstream().verify)\n', 'a sub-subclass restoring True'),
  ],
  invalid: [
    {
      ...py(`${INI}ERX_VERIFY = _ini.getboolean("erx", "verify", fallback=⟦False⟧)\nrequests.post("https://erx.example", verify=ERX_VERIFY)\n`, "configparser's getboolean with fallback=False: where it is written, 'when … has no …'"),
      messageIncludes: ["(when _ini has no 'verify' in [erx])"],
      related: [['used by requests.post() at line 8']],
    },
    {
      ...py(`${INI}requests.post("https://erx.example", ⟦verify=_ini["erx"].getboolean("verify", fallback=False)⟧)\n`, '… and on a section'),
      messageIncludes: [`(when _ini["erx"] has no 'verify')`],
    },
    {
      ...py('import requests\n\n\ndef fetch(url, opts):\n    verify = getattr(opts, "verify", ⟦False⟧)\n    return requests.get(url, verify=verify)\n', 'getattr with a False default on an object read at run time, as .get(key, False)'),
      messageIncludes: ["(when opts has no 'verify')"],
    },
    {
      ...py('import requests\nfrom django.conf import settings\n\n\ndef _verify():\n    return getattr(settings, "LEDGER_CA_BUNDLE", ⟦False⟧)\n\n\nrequests.post("https://ledger.example", verify=_verify())\n', "getattr on Django's settings returned by a helper: at the return"),
      messageIncludes: ["(when settings has no 'LEDGER_CA_BUNDLE')"],
    },
    {
      ...py('import requests\n\n\nclass TrackingApi:\n    @property\n    def verify(self):\n        return ⟦False⟧\n\n    @property\n    def ca(self):\n        if self.legacy:\n            return ⟦False⟧\n        return "/etc/ssl/ca.pem"\n\n    def container(self, number):\n        return requests.get(f"https://api.example/c/{number}", verify=self.verify)\n\n    def other(self):\n        return requests.get("https://api.example/", verify=self.ca)\n', "a property's return: at the return, under the property's own if"),
      messageIncludes: ['verify=False makes', '(when self.legacy)'],
    },
    py('import requests\n\n\nclass Api:\n    @property\n    def verify(self):\n        return ⟦False⟧\n\n\napi = Api()\nrequests.get("https://api.example/", verify=api.verify)\n', 'a property read on an instance the file makes'),
    py('from dataclasses import dataclass, field\n\nfrom kafka import KafkaProducer\n\n\n@dataclass\nclass KafkaConfig:\n    ssl_options: dict = field(default_factory=lambda: {"ssl_check_hostname": False, "ssl_cafile": "/etc/ca.pem"})\n    verify: bool = field(default=⟦False⟧)\n\n\ncfg = KafkaConfig()\nimport requests\nrequests.get("https://a.example", verify=cfg.verify)\n', "a field's default written in field(default=…)"),
    py('from dataclasses import dataclass\n\nimport httpx\n\n\n@dataclass\nclass Upstream:\n    verify: object = True\n\n\n@dataclass\nclass Sandbox(Upstream):\n    verify: object = ⟦False⟧\n\n\n@dataclass\nclass Inherits(Sandbox):\n    name: str = "x"\n\n\ncfg = Inherits()\nhttpx.Client(verify=cfg.verify)\n', "a subclass's field default, inherited by a class that does not set it"),
    {
      ...py('from pydantic import BaseModel\nfrom elasticsearch import Elasticsearch\n\n\nclass ElasticConfig(BaseModel):\n    verify_certs: bool = True\n\n\nclass ColdStorage(ElasticConfig):\n    verify_certs: bool = ⟦False⟧\n\n\nclass Archive(ColdStorage):\n    verify_certs: bool = True\n\n\ndef es_from(cfg):\n    return Elasticsearch("https://es.example:9200", verify_certs=cfg.verify_certs)\n\n\nhot = es_from(ElasticConfig())\ncold = es_from(ColdStorage())\narchive = es_from(Archive())\n', "a parameter whose callers pass instances of the file's classes: at the class body that gives the unsafe default, through that call"),
      messageIncludes: ['(through es_from(ColdStorage()))'],
      related: [['used by Elasticsearch() at line 18']],
    },
    py('from pydantic import BaseModel, Field\nfrom elasticsearch import Elasticsearch\n\n\nclass ElasticConfig(BaseModel):\n    verify_certs: bool = Field(True)\n\n\nclass ColdStorage(ElasticConfig):\n    verify_certs: bool = Field(default=⟦False⟧)\n\n\ncfg = ColdStorage()\nElasticsearch("https://es.example:9200", verify_certs=cfg.verify_certs)\n', "pydantic's Field(default=False) in a subclass"),
  ],
});

runRuleTests(noPlaintextDowngrade, {
  valid: [
    py('import configparser\n\nfrom kafka import KafkaConsumer\n\ncfg = configparser.ConfigParser()\nproto = cfg.get("kafka", "security_protocol", fallback="SASL_SSL")\nKafkaConsumer("a", bootstrap_servers="kafka.example.com:9092", security_protocol=proto, sasl_plain_username="u", sasl_plain_password="p")\n', 'a configparser default that keeps TLS'),
  ],
  invalid: [
    {
      ...py('import configparser\n\nfrom kafka import KafkaConsumer\n\ncfg = configparser.ConfigParser()\nproto = cfg.get("kafka", "security_protocol", fallback=⟦"SASL_PLAINTEXT"⟧)\nKafkaConsumer("a", bootstrap_servers="kafka.example.com:9092", security_protocol=proto, sasl_plain_username="u", sasl_plain_password="p")\n', "a configparser default read through a name: where it is written, the use related"),
      messageIncludes: ["(when cfg has no 'security_protocol' in [kafka])"],
      related: [['used by KafkaConsumer() at line 7']],
    },
  ],
});
