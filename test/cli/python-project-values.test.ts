// Values across Python modules that the value model reads from another module's text: getattr on a
// project settings module (the default when the module cannot have the name, its value when it
// binds it) and an instance of a dataclass another module defines (`cfg = cfg or KafkaConfig()`:
// its class body's defaults, `field(default_factory=lambda: {...})` spread with `**`). Reported
// where the value is written, the use related.
// test-unit: own process (starts worker threads)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import { tree as scratchTree } from '../helpers/cli.js';

const ids = catalog.map((r) => r.meta.id);

interface JsonFile {
  filePath: string;
  findings: { ruleId: string; line: number; column: number; endColumn: number; message: string; fixes: unknown[]; related?: { filePath: string; line: number; message: string }[] }[];
}

async function placed(files: Record<string, string>): Promise<string[]> {
  const dir = scratchTree(files, 'tlslint-pyvalues-');
  let stdout = '';
  await runLint(parseArgs(['--jobs', '1', '--format', 'json', '.'], ids), { cwd: dir, stdout: (t) => (stdout += t), stderr: () => undefined, isTty: false, version: 'test' });
  return (JSON.parse(stdout) as JsonFile[]).flatMap((f) =>
    f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} ${/\((?:when|through) .*?\)(?= makes| sends| as| pins| enables| skips)/.exec(x.message)?.[0] ?? ''} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
  );
}

describe('Python values read from another module', () => {
  it('getattr on a project settings module: the default when it cannot have the name, the value it binds otherwise', async () => {
    const found = await placed({
      'fhir/__init__.py': '',
      'fhir/settings.py': 'API_URL = "https://fhir.example"\nLEGACY_VERIFY = False\nCA_BUNDLE = "/etc/ssl/ca.pem"\n',
      'fhir/extra.py': 'from .settings import *\n',
      'fhir/client.py': [
        'import requests',
        '',
        'from . import extra',
        'from . import settings as conf',
        '',
        '',
        'def fetch(url):',
        '    verify = getattr(conf, "CAPABILITY_VERIFY", False)',
        '    requests.get(url, verify=verify)',
        '    requests.get(url, verify=getattr(conf, "LEGACY_VERIFY", True))',
        '    requests.get(url, verify=getattr(conf, "CA_BUNDLE", False))',
        '    requests.get(url, verify=getattr(conf, "CAPABILITY_VERIFY", "/etc/ca.pem"))',
        '    requests.get(url, verify=getattr(extra, "OTHER_VERIFY", False))',
        '',
      ].join('\n'),
    });
    assert.deepEqual(found, [
      'fhir/client.py:8:49-54 no-unverified-certificate  [fhir/client.py:9 used by requests.get()]',
      'fhir/settings.py:2:17-22 no-unverified-certificate  [fhir/client.py:10 used by requests.get()]',
    ]);
  });

  it("an instance of a dataclass another module defines: its field defaults, a default_factory's dict spread with **", async () => {
    const found = await placed({
      'ing/__init__.py': '',
      'ing/config.py': 'from dataclasses import dataclass, field\n\n\n@dataclass\nclass KafkaConfig:\n    security_protocol: str = "SSL"\n    ssl_options: dict = field(default_factory=lambda: {"ssl_check_hostname": False})\n\n\n@dataclass\nclass SafeConfig:\n    ssl_options: dict = field(default_factory=lambda: {"ssl_check_hostname": True})\n\n\nclass SetInInit:\n    verify = False\n\n    def __init__(self):\n        self.verify = True\n',
      'ing/queue.py': 'import requests\nfrom kafka import KafkaProducer\n\nfrom .config import KafkaConfig, SafeConfig, SetInInit\n\n\ndef producer(cfg=None):\n    cfg = cfg or KafkaConfig()\n    return KafkaProducer(bootstrap_servers="kafka-1.example.com:9093", security_protocol=cfg.security_protocol, **cfg.ssl_options)\n\n\ndef safe():\n    cfg = SafeConfig()\n    return KafkaProducer(bootstrap_servers="kafka-1.example.com:9093", **cfg.ssl_options)\n\n\ndef init():\n    s = SetInInit()\n    return requests.get("https://a.example", verify=s.verify)\n',
    });
    // The library call that reads the entry is related (its offsets in queue.py cover the entry's in config.py: no matter).
    assert.deepEqual(found, ['ing/config.py:7:56-83 no-unverified-hostname  [ing/queue.py:9 used by KafkaProducer()]']);
  });

  it('a field made by default_factory=SubClass of a module-level settings object, passed to a class of another module: at the subclass\'s default', async () => {
    const found = await placed({
      'fhir/__init__.py': '',
      'fhir/settings.py': 'from dataclasses import dataclass, field\n\n\n@dataclass\nclass Upstream:\n    verify: object = True\n\n\n@dataclass\nclass Sandbox(Upstream):\n    verify: object = False\n\n\n@dataclass\nclass Lab(Upstream):\n    verify: object = "/etc/lab-ca.pem"\n\n\n@dataclass\nclass Bridge:\n    upstream: Upstream = field(default_factory=Upstream)\n    sandbox: Sandbox = field(default_factory=Sandbox)\n    lab: Lab = field(default_factory=Lab)\n    extra: dict = field(default_factory=dict)\n\n\nsettings = Bridge()\n',
      'fhir/client.py': 'import httpx\n\nfrom .settings import Upstream, settings\n\n\nclass FhirClient:\n    def __init__(self, cfg: Upstream):\n        self._http = httpx.Client(verify=cfg.verify)\n\n\nprimary = FhirClient(settings.upstream)\nsandbox = FhirClient(settings.sandbox)\nlab = FhirClient(settings.lab)\n',
    });
    assert.deepEqual(found, ['fhir/settings.py:11:22-27 no-unverified-certificate (through FhirClient(settings.sandbox)) [fhir/client.py:8 used by httpx.Client()]']);
  });
});
