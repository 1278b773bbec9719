// no-global-tls-bypass, Python part: the default HTTPS context patch, PYTHONHTTPSVERIFY, CURL_CA_BUNDLE.
import { noGlobalTlsBypass } from '../../../rules/no-global-tls-bypass/index.js';
import { runRuleTests } from '../rule-tester.js';

runRuleTests(
  noGlobalTlsBypass,
  {
    valid: [
      { name: 'comments, strings and reads', code: "# ssl._create_default_https_context = ssl._create_unverified_context\nimport os, ssl\nDOC = 'os.environ[\"PYTHONHTTPSVERIFY\"] = \"0\"'\nif os.environ.get('PYTHONHTTPSVERIFY') == '0':\n    warn()\nf = ssl._create_default_https_context\n" },
      { name: 'safe values', code: "import os, ssl\nos.environ['PYTHONHTTPSVERIFY'] = '1'\nos.environ['CURL_CA_BUNDLE'] = '/etc/ssl/ca.pem'\nssl._create_default_https_context = ssl.create_default_context\n" },
      { name: 'a local object with the same attribute', code: 'class Fake:\n    pass\nfake = Fake()\nfake._create_default_https_context = None\n' },
    ],
    invalid: [
      {
        name: 'the default HTTPS context patch',
        code: 'import ssl\n⟦ssl._create_default_https_context = ssl._create_unverified_context⟧\n',
        messageIds: ['pyDefaultContext'],
        fixes: [{ title: 'Remove this replacement (verify certificates)', output: 'import ssl\n' }],
      },
      {
        name: 'the patch inside try/except AttributeError, with an alias',
        code: 'import ssl as _ssl\ntry:\n    _create_unverified_https_context = _ssl._create_unverified_context\nexcept AttributeError:\n    pass\nelse:\n    ⟦_ssl._create_default_https_context = _create_unverified_https_context⟧\n',
        fixes: [{ title: 'Remove this replacement (verify certificates)', output: 'import ssl as _ssl\ntry:\n    _create_unverified_https_context = _ssl._create_unverified_context\nexcept AttributeError:\n    pass\nelse:\n    pass\n' }],
      },
      {
        name: 'the patch first in a block that lines up',
        code: 'import os, ssl\ndef insecure():\n    ⟦ssl._create_default_https_context = ssl._create_unverified_context⟧\n    os.environ["A"] = "1"\n',
        fixes: [{ title: 'Remove this replacement (verify certificates)', output: 'import os, ssl\ndef insecure():\n    os.environ["A"] = "1"\n' }],
      },
      {
        // Found by fuzzing: without the block's first line, tree-sitter read the tab line as a new indentation.
        name: 'the patch first in a block indented with spaces and a tab (a TabError tree-sitter reads): reported, no fix',
        code: 'import os, ssl\ndef insecure():\n    ⟦ssl._create_default_https_context = ssl._create_unverified_context⟧\n\tos.environ["A"] = "1"\n',
        fixes: [],
      },
      {
        name: 'PYTHONHTTPSVERIFY=0 in its forms',
        code: "import os\n⟦os.environ['PYTHONHTTPSVERIFY'] = '0'⟧\n⟦os.environ.setdefault('PYTHONHTTPSVERIFY', '0')⟧\n⟦os.putenv('PYTHONHTTPSVERIFY', '0')⟧\n",
        messageIds: ['pyHttpsVerify', 'pyHttpsVerify', 'pyHttpsVerify'],
        messageIncludes: ['on Python 2.7'],
      },
      {
        name: 'an empty CURL_CA_BUNDLE',
        code: "import os\n⟦os.environ['CURL_CA_BUNDLE'] = ''⟧\n",
        messageIds: ['pyCurlCaBundle'],
        severities: ['warning'],
        fixes: [{ title: 'Remove this CURL_CA_BUNDLE setting (verify certificates)', output: 'import os\n' }],
      },
    ],
  },
  { filename: 'settings.py' },
);
