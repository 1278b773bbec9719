// A for loop's names hold in its body (before, a read there found the binding before the loop, or
// none): each element of a list, a closed dict's `.items()`/`.values()`/keys the loop walks, and a
// subscript with a known key or index (`t["verify"]`, `rows[0]`) of each. A dict value a loop walks
// is reported at the pair that writes it, with the call that uses it (python-blind21 webhooks.py).
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name: string) => ({ code, filename: 'forward.py', name });
const TARGETS = 'import requests\n\nTARGETS = {\n    "erp": {"url": "https://erp.internal/hooks", "verify": "/etc/ssl/erp-ca.pem"},\n    "crm": {"url": "https://crm.example.net/hooks", "verify": VERIFY},\n}\n\n\n';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    py(`${TARGETS.replace('VERIFY', 'True')}def forward(body):\n    for name, target in TARGETS.items():\n        requests.post(target["url"], data=body, verify=target["verify"])\n`, 'every entry a loop walks verifies'),
    py('import requests\n\nverify = False\nfor verify in [True, "/etc/ca.pem"]:\n    requests.get("https://a.example", verify=verify)\n', "a loop's name read in its body is the loop's, not the binding before it"),
    py('import requests\n\nfor t in load_targets():\n    requests.post(t["url"], verify=t["verify"])\nfor k, t in {**EXTRA, "a": {"verify": False}}.items():\n    requests.post(t["url"], verify=t.get("verify"))\n', 'a loop over what the file does not know whole'),
    py('import requests\n\nROWS = [{"verify": True}, {"verify": False}]\nrequests.get("https://a.example", verify=ROWS[0]["verify"])\n', 'an index that picks the safe element'),
  ],
  invalid: [
    {
      ...py(`${TARGETS.replace('"verify": VERIFY', '⟦"verify": False⟧')}def forward(body):\n    for name, target in TARGETS.items():\n        requests.post(target["url"], data=body, verify=target["verify"])\n`, "a dict's entry a loop walks with .items(): at the entry's pair, the call that uses it related"),
      messageIncludes: ['"verify": False (passed on to requests.post())'],
    },
    {
      ...py(`${TARGETS.replace('"verify": VERIFY', '⟦"verify": False⟧')}def forward(body):\n    for target in TARGETS.values():\n        requests.post(target["url"], data=body, verify=target["verify"])\n`, '… and with .values()'),
    },
    py('import requests\n\nROWS = [{"verify": True}, {"verify": False}]\nrequests.get("https://a.example", ⟦verify=ROWS[-1]["verify"]⟧)\nfor row in [{"verify": False}]:\n    requests.get("https://b.example", ⟦verify=row["verify"]⟧)\n', "an index that picks the unsafe element, and a list's only element"),
    py('import requests\n\nverify = True\nfor verify in [False]:\n    requests.get("https://a.example", ⟦verify=verify⟧)\n', "a loop's own unsafe value, over a safe binding before it"),
  ],
});
