// The Python project model from the command line: a value written in one module and used in
// another (a module attribute, `from .settings import X`, `import pkg.tls as tls`, a `**` dict, a
// constant set in an if/else, a library factory under another name) is reported where it is
// written with the use under it; overridden values, a name rebound in the importing function, safe
// dicts and a context hardened in its module stay quiet; worker threads give the same report and
// --no-project analyses every file alone.
// test-unit: own process (starts worker threads)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import { tree as scratchTree } from '../helpers/cli.js';

const ids = catalog.map((r) => r.meta.id);

async function lint(argv: string[], cwd: string) {
  let stdout = '';
  const code = await runLint(parseArgs(argv, ids), { cwd, stdout: (t) => (stdout += t), stderr: () => undefined, isTty: false, version: 'test' });
  return { code, stdout };
}

const SERVICE: Record<string, string> = {
  "svc/__init__.py": "",
  "svc/client.py": "import ssl\nimport urllib.request\n\nimport requests\n\nimport svc.net.tls as tls\nfrom svc import settings\nfrom .settings import CHECK_CERTS, REQUEST_OPTIONS, SAFE_OPTIONS, STRICT, VERIFY_SSL\nfrom .net.tls import HARDENED, INSECURE_FACTORY\n\n\ndef fetch(url):\n    return requests.get(url, verify=settings.VERIFY_SSL)\n\n\ndef fetch_again(url):\n    return requests.post(url, verify=VERIFY_SSL)\n\n\ndef fetch_options(url):\n    return requests.get(url, **REQUEST_OPTIONS)\n\n\ndef fetch_checked(url):\n    return requests.get(url, verify=CHECK_CERTS)\n\n\ndef context():\n    ctx = ssl.create_default_context()\n    ctx.set_ciphers(tls.CIPHERS)\n    return ctx\n\n\ndef legacy(url):\n    return urllib.request.urlopen(url, context=INSECURE_FACTORY())\n\n\ndef quiet(url):\n    requests.get(url, verify=STRICT)\n    requests.get(url, **SAFE_OPTIONS)\n    urllib.request.urlopen(url, context=HARDENED)\n\n\ndef rebound(url):\n    VERIFY_SSL = True\n    return requests.get(url, verify=VERIFY_SSL)\n",
  "svc/net/__init__.py": "",
  "svc/net/tls.py": "import ssl\n\nCIPHERS = \"HIGH:!aNULL:RC4-MD5\"\nHARDENED = ssl._create_unverified_context()\nHARDENED.check_hostname = True\nHARDENED.verify_mode = ssl.CERT_REQUIRED\nINSECURE_FACTORY = ssl._create_unverified_context\n",
  "svc/settings.py": "import os\n\nDEBUG = os.environ.get(\"DEBUG\") == \"1\"\nVERIFY_SSL = False\nREQUEST_OPTIONS = {\"timeout\": 5, \"verify\": False}\nSTRICT = False\nSTRICT = True\nif DEBUG:\n    CHECK_CERTS = False\nelse:\n    CHECK_CERTS = True\nSAFE_OPTIONS = {\"timeout\": 5, \"verify\": \"/etc/ssl/ca.pem\"}\n",
};

interface JsonFile {
  filePath: string;
  findings: { ruleId: string; line: number; column: number; endColumn: number; fixes: unknown[]; related?: { filePath: string; line: number; message: string }[] }[];
}

describe('the Python project model in the CLI', () => {
  it('reports a value where it is written, with the use in the other module under it', async () => {
    const dir = scratchTree(SERVICE, 'tlslint-pyproject-');
    const r = await lint(['--jobs', '1', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      [
        'svc/client.py',
        '  35:48  error  ssl._create_unverified_context() makes a context that checks neither certificate nor host name, so the server can be spoofed.  no-unverified-certificate',
        '',
        'svc/net/tls.py',
        "  3:24  error  'RC4-MD5' in set_ciphers() enables RC4 and MD5: that traffic can be read or forged.  no-weak-cipher",
        '               used by set_ciphers() at svc/client.py:30',
        '',
        'svc/settings.py',
        '  4:14  error  verify=False makes requests accept any certificate, so the server can be spoofed.               no-unverified-certificate',
        '               used by requests.get() at svc/client.py:13',
        '  5:34  error  verify=False makes requests accept any certificate, so the server can be spoofed.               no-unverified-certificate',
        '               used by requests.get() at svc/client.py:21',
        '  9:19  error  verify=False (when DEBUG) makes requests accept any certificate, so the server can be spoofed.  no-unverified-certificate',
        '               used by requests.get() at svc/client.py:25',
        '',
        '✖ 5 problems (5 errors, 0 warnings)',
        '  1 with `--fix-suggestions` (changes what connects: review the diff).',
      ].join('\n'),
    );
  });

  it('gives the exact ranges and related places in JSON, without fixes where the value is written, from one thread or two', async () => {
    const dir = scratchTree(SERVICE, 'tlslint-pyproject-');
    const one = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const two = await lint(['--jobs', '2', '--format', 'json', '.'], dir);
    assert.equal(two.stdout, one.stdout);
    const placed = (JSON.parse(one.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} fixes=${x.fixes.length} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, [
      'svc/client.py:35:48-66 no-unverified-certificate fixes=1 []',
      'svc/net/tls.py:3:24-31 no-weak-cipher fixes=0 [svc/client.py:30 used by set_ciphers()]',
      'svc/settings.py:4:14-19 no-unverified-certificate fixes=0 [svc/client.py:13 used by requests.get()]',
      'svc/settings.py:5:34-49 no-unverified-certificate fixes=0 [svc/client.py:21 used by requests.get()]',
      'svc/settings.py:9:19-24 no-unverified-certificate fixes=0 [svc/client.py:25 used by requests.get()]',
    ]);
  });

  it('analyses every module alone with --no-project', async () => {
    const dir = scratchTree(SERVICE, 'tlslint-pyproject-');
    const r = await lint(['--jobs', '1', '--no-project', '.'], dir);
    assert.equal(r.code, 0);
  });

  it('never follows an import into a virtual environment, and a module of the standard library\'s name is the library', async () => {
    const dir = scratchTree(
      {
        '.venv/lib/python3.12/site-packages/vendored_cfg.py': 'VERIFY = False\n',
        'ssl.py': 'CERT_NONE = 2\n',
        'app.py': 'import requests\nimport vendored_cfg\nimport ssl\n\nrequests.get("https://x", verify=vendored_cfg.VERIFY)\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '.'], dir);
    assert.equal(r.code, 0, r.stdout);
  });

  it("follows a relative star import: the module's public names, the last star import winning, the file's own names first", async () => {
    const dir = scratchTree(
      {
        'crawl/__init__.py': '',
        'crawl/settings.py': 'LEGACY_VERIFY = False\n_PRIVATE_VERIFY = False\nSAFE_VERIFY = "/etc/ssl/ca.pem"\n',
        'crawl/strict.py': 'LEGACY_VERIFY = True\n',
        'crawl/jobs.py': 'import requests\nfrom .settings import *  # noqa: F403\n\n\ndef crawl(path):\n    requests.get("https://a.example" + path, verify=LEGACY_VERIFY)\n    requests.get("https://b.example", verify=SAFE_VERIFY)\n    requests.get("https://c.example", verify=_PRIVATE_VERIFY)\n',
        'crawl/later.py': 'import requests\nfrom .settings import *\nfrom .strict import *\n\nrequests.get("https://e.example", verify=LEGACY_VERIFY)\n',
        'crawl/own.py': 'import requests\nfrom .settings import *\n\nLEGACY_VERIFY = True\nrequests.get("https://f.example", verify=LEGACY_VERIFY)\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const placed = (JSON.parse(r.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, [
      'crawl/settings.py:1:17-22 no-unverified-certificate [crawl/jobs.py:6 used by requests.get()]',
    ]);
  });

  it("reads a base class of another module for this file's subclasses: the subclass's attribute the base's method reads is reported here", async () => {
    const dir = scratchTree(
      {
        'fx/__init__.py': 'from .base import FxClient\n',
        'fx/base.py': 'import requests\n\n\nclass FxClient:\n    verify_ssl = True\n\n    def __init__(self, url):\n        self.session = requests.Session()\n        self.session.verify = self.verify_ssl\n\n\nclass Tiered(FxClient):\n    pass\n',
        'fx/bank.py': 'from .base import FxClient, Tiered\n\n\nclass BankFxClient(FxClient):\n    verify_ssl = False\n\n\nclass Pinned(FxClient):\n    verify_ssl = "/etc/ssl/bank-ca.pem"\n\n\nclass OwnInit(FxClient):\n    verify_ssl = False\n\n    def __init__(self, url):\n        self.session = None\n\n\nclass Configured(FxClient):\n    verify_ssl = False\n\n    def __init__(self, url, ca):\n        self.verify_ssl = ca\n        super().__init__(url)\n\n\nclass Lab(Tiered):\n    verify_ssl = False\n',
        // A file that names no TLS API, only the attribute (python-blind15 airflow_plugins, python-blind16 crawler).
        'fx/spiders.py': 'from .base import FxClient\n\n\nclass LegacyPortal(FxClient):\n    """The supplier portal still runs on a self-signed certificate."""\n\n    verify_ssl = False\n',
        // Through the package's re-export; the file's own text must let the rule through (it calls requests).
        'fx/partner.py': 'import requests\nfrom . import FxClient\n\n\nclass Partner(FxClient):\n    verify_ssl = False\n\n\ndef ping(url):\n    return requests.head(url, verify=True)\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const placed = (JSON.parse(r.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} fixes=${x.fixes.length} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, [
      'fx/bank.py:5:18-23 no-unverified-certificate fixes=0 [fx/base.py:9 used here]',
      'fx/bank.py:28:18-23 no-unverified-certificate fixes=0 [fx/base.py:9 used here]',
      'fx/partner.py:6:18-23 no-unverified-certificate fixes=0 [fx/base.py:9 used here]',
      'fx/spiders.py:7:18-23 no-unverified-certificate fixes=0 [fx/base.py:9 used here]',
    ]);
  });
  it("reads a base class's lookup default from a subclass in another module whose attribute has verify as one of its words (python-blind18 mlplatform)", async () => {
    const dir = scratchTree(
      {
        'hooks/__init__.py': '',
        'hooks/base.py': 'import requests\n\n\nclass BaseHttpHook:\n    default_verify = True\n\n    def get_session(self):\n        session = requests.Session()\n        session.verify = self.conn.extra_dejson.get("verify", self.default_verify)\n        return session\n',
        'hooks/feature_store.py': 'from .base import BaseHttpHook\n\n\nclass FeatureStoreHook(BaseHttpHook):\n    default_verify = False\n',
        'hooks/typed.py': 'from .base import BaseHttpHook\n\n\nclass TypedHook(BaseHttpHook):\n    default_verify: bool = False\n',
        'hooks/registry.py': 'from hooks.base import BaseHttpHook\n\n\nclass RegistryHook(BaseHttpHook):\n    default_verify = "/etc/ssl/registry-ca.pem"\n\n\nclass Unrelated:\n    default_verify = False\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const placed = (JSON.parse(r.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} fixes=${x.fixes.length} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, [
      'hooks/feature_store.py:5:22-27 no-unverified-certificate fixes=0 [hooks/base.py:9 used here]',
      'hooks/typed.py:5:28-33 no-unverified-certificate fixes=0 [hooks/base.py:9 used here]',
    ]);
  });
  it("places `session.verify = settings.verify_tls` at the dataclass default another module writes, the write related (python-blind19 mdfeed)", async () => {
    const dir = scratchTree(
      {
        'feed/__init__.py': '',
        'feed/settings.py': 'from dataclasses import dataclass\n\n\n@dataclass\nclass FeedSettings:\n    ca_bundle: str = "/etc/ssl/ca.pem"\n    verify_tls: bool = False\n\n\nsettings = FeedSettings()\n',
        'feed/rest.py': 'import requests\n\nfrom .settings import settings\n\n\ndef make_session():\n    s = requests.Session()\n    s.verify = settings.verify_tls\n    return s\n\n\ndef pinned():\n    s = requests.Session()\n    s.verify = settings.ca_bundle\n    return s\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const placed = (JSON.parse(r.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} fixes=${x.fixes.length} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, ['feed/settings.py:7:24-29 no-unverified-certificate fixes=0 [feed/rest.py:8 used by s.verify]']);
  });
  it("reads a class's or a module-level instance's attribute from the module that binds it: its class default, or a write after it", async () => {
    const dir = scratchTree(
      {
        'app/__init__.py': '',
        'app/config.py': 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    api_url: str = "https://api.example.com"\n    verify_tls: bool = False\n    verify_mq: bool = False\n    verify_ws: bool = False\n\n\nsettings = Settings()\nsettings.verify_mq = True\nstrict = Settings(verify_tls=True)\n\n\nclass Legacy:\n    VERIFY_SSL = False\n    CA = "/etc/ssl/legacy-ca.pem"\n\n\nclass Prod(Settings):\n    verify_tls = True\n\n\nprod = Prod()\n',
        'app/shared.py': 'from .config import settings as cfg, Legacy\n',
        'app/client.py': 'import httpx\nimport requests\n\nfrom .config import Legacy, prod, settings, strict\nfrom .shared import cfg\n\n\ndef api():\n    return httpx.Client(verify=settings.verify_tls)\n\n\ndef legacy(url):\n    return requests.get(url, verify=Legacy.VERIFY_SSL)\n\n\ndef quiet(url):\n    requests.get(url, verify=settings.verify_mq)\n    requests.get(url, verify=strict.verify_tls)\n    requests.get(url, verify=Legacy.CA)\n    requests.get(url, verify=prod.verify_tls)\n\n\ndef again():\n    return httpx.AsyncClient(verify=cfg.verify_ws)\n',
      },
      'tlslint-pyproject-',
    );
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const placed = (JSON.parse(r.stdout) as JsonFile[]).flatMap((f) =>
      f.findings.map((x) => `${f.filePath}:${x.line}:${x.column}-${x.endColumn} ${x.ruleId} fixes=${x.fixes.length} [${(x.related ?? []).map((r) => `${r.filePath}:${r.line} ${r.message}`).join('; ')}]`),
    );
    assert.deepEqual(placed, [
      'app/config.py:6:24-29 no-unverified-certificate fixes=0 [app/client.py:9 used by httpx.Client()]',
      'app/config.py:8:23-28 no-unverified-certificate fixes=0 [app/client.py:24 used by httpx.AsyncClient()]',
      'app/config.py:17:18-23 no-unverified-certificate fixes=0 [app/client.py:13 used by requests.get()]',
    ]);
  });
});
