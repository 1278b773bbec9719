// no-tls-key-logging, Python part (PYTHON-TLS-FACTS.md 1.7 L1-L3).
import { noTlsKeyLogging } from '../../../rules/no-tls-key-logging/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'debug_tls.py', ...(name ? { name } : {}) });
const CTX = 'import os\nimport ssl\nctx = ssl.create_default_context()\n';
const ENV = 'Use os.environ.get("SSLKEYLOGFILE") (log keys only when it is set)';

runRuleTests(noTlsKeyLogging, {
  valid: [
    py('import os\nimport subprocess\n\n\ndef run_restic(repo, debug_tls=False):\n    env = dict(os.environ)\n    if debug_tls:\n        env["SSLKEYLOGFILE"] = "/tmp/restic-keys.log"\n    return subprocess.run(["restic", "-r", repo], env=env, check=True)\n', "a child's environment given SSLKEYLOGFILE under a debug flag (python-blind16 opsctl)"),
    py(`${CTX}ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")\n`, 'the path read from SSLKEYLOGFILE is the operator\'s opt-in'),
    py(`${CTX}path = os.getenv("SSLKEYLOGFILE")\nif path:\n    ctx.keylog_filename = path\n`, 'the same through a variable and a guard'),
    py(`${CTX}if os.environ.get("TLS_DEBUG"):\n    ctx.keylog_filename = "/tmp/keys.log"\n`, 'behind an explicit debug opt-in'),
    py(`${CTX}def setup(debug_tls):\n    if not debug_tls:\n        return\n    ctx.keylog_filename = "keys.log"\n`, 'behind an early return on a debug flag'),
    py(`${CTX}ctx.keylog_filename = None\nprint(ctx.keylog_filename)\nif ctx.keylog_filename:\n    raise RuntimeError("key logging is on")\n`, 'turning it off, reading it'),
    py(`${CTX}os.environ.pop("SSLKEYLOGFILE", None)\ndel os.environ["SSLKEYLOGFILE"]\nif "SSLKEYLOGFILE" in os.environ:\n    print("warning")\n`, 'removing and testing the variable'),
    py(`${CTX}# ctx.keylog_filename = "/tmp/k"\nDOC = "set SSLKEYLOGFILE=/tmp/keys.log to debug"\n`, 'comments and strings'),
    py('import os\nimport sslkeylog\nsslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))\n', 'the sslkeylog package with its documented opt-in'),
    py('import os\n\n\ndef enable(path):\n    os.environ["SSLKEYLOGFILE"] = str(path)\n\n\nos.environ["SSLKEYLOGFILE"] = str(os.environ.get("SSLKEYLOGFILE"))\nos.environ["SSLKEYLOGFILE"] = str(os.devnull)\n', 'str() of a parameter, of the variable\'s own value, of os.devnull'),
    py('import os\n\n\ndef str(x):\n    return ""\n\n\nos.environ["SSLKEYLOGFILE"] = str("/tmp/keys.log")\n', 'a str() of the file\'s own is not the builtin'),
  ],
  invalid: [
    {
      ...py(`${CTX}⟦ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE", "/tmp/keys.log")⟧\n`, 'a default path makes the opt-in unconditional'),
      messageIds: ['pyKeylogFile'],
    },
    {
      ...py(`${CTX}⟦ctx.keylog_filename = "/var/log/app/tls-keys.log"⟧\n`, 'a fixed key log file (L1)'),
      messageIds: ['pyKeylogFile'],
      severities: ['warning'],
      messageIncludes: ['keylog_filename writes TLS session keys to /var/log/app/tls-keys.log'],
      fixes: [
        { title: ENV, output: `${CTX}ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")\n` },
        { title: 'Remove this statement', output: CTX },
      ],
    },
    {
      ...py('import ssl\nctx = ssl.create_default_context()\n⟦ctx.keylog_filename = "keys.log"⟧\n', 'the env fix adds import os'),
      fixes: [{ title: ENV, output: 'import ssl\nimport os\nctx = ssl.create_default_context()\nctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")\n' }],
    },
    {
      ...py(`${CTX}⟦os.environ["SSLKEYLOGFILE"] = "/tmp/sslkeys.txt"⟧\n⟦os.environ.setdefault("SSLKEYLOGFILE", "keys.log")⟧\n⟦os.putenv("SSLKEYLOGFILE", "k.log")⟧\n`, 'setting SSLKEYLOGFILE (L2)'),
      messageIds: ['pyKeylogEnv', 'pyKeylogEnv', 'pyKeylogEnv'],
      fixes: [{ title: 'Remove this statement', output: `${CTX}os.environ.setdefault("SSLKEYLOGFILE", "keys.log")\nos.putenv("SSLKEYLOGFILE", "k.log")\n` }],
    },
    {
      ...py('import os\nfrom pathlib import Path\n\nKEYLOG = Path.home() / "partner-tls-keys.log"\n⟦os.environ["SSLKEYLOGFILE"] = str(KEYLOG)⟧\n', 'a computed path through str() (the builtin)'),
      messageIds: ['pyKeylogEnv'],
      fixes: [{ title: 'Remove this statement', output: 'import os\nfrom pathlib import Path\n\nKEYLOG = Path.home() / "partner-tls-keys.log"\n' }],
    },
    {
      ...py('import subprocess\nsubprocess.run(["curl", "https://example.com"], env={"PATH": "/usr/bin", ⟦"SSLKEYLOGFILE": "/tmp/k.log"⟧})\n', 'a child process environment'),
      messageIds: ['pyKeylogEnv'],
      messageIncludes: ['the child process'],
    },
    {
      ...py('import sslkeylog\n⟦sslkeylog.set_keylog("sslkeylog.txt")⟧\n', 'the sslkeylog package (L3)'),
      messageIds: ['pyKeylogPackage'],
    },
  ],
});
