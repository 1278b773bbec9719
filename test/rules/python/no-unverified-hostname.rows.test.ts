// no-unverified-hostname, Python part: pymongo's host name options (H6), as keywords and in URIs.
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from '../rule-tester.js';

runRuleTests(
  noUnverifiedHostname,
  {
    valid: [
      { name: 'pymongo with host names checked', code: "import pymongo\npymongo.MongoClient(uri, tls=True, tlsAllowInvalidHostnames=False)\npymongo.MongoClient(uri, ssl=True, ssl_match_hostname=True)\nURI = 'mongodb://db.example.com/?tls=true&tlsAllowInvalidHostnames=false'\n" },
      { name: 'prose, comments and other URL schemes', code: "# MongoClient(uri, tlsAllowInvalidHostnames=True)\nHELP = 'never set tlsAllowInvalidHostnames=true or ssl_match_hostname=false'\nDOCS = 'https://example.com/mongo?tlsAllowInvalidHostnames=true'\n" },
      { name: 'a look-alike client that is not pymongo', code: 'def MongoClient(uri, **kw):\n    pass\nMongoClient(uri, tlsAllowInvalidHostnames=True)\n' },
    ],
    invalid: [
      {
        name: 'tlsAllowInvalidHostnames=True, by keyword, **kwargs and a conditional (H6)',
        code: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tls=True, ⟦tlsAllowInvalidHostnames=True⟧)\nopts = dict(tls=True, ⟦tlsAllowInvalidHostnames=True⟧)\npymongo.MongoClient(host, **opts)\ndef connect(dev):\n    return MongoClient(host, ⟦tlsAllowInvalidHostnames=True if dev else False⟧)\n",
        messageIds: ['pyOption', 'pyOption', 'pyOption'],
        messageIncludes: ['tlsAllowInvalidHostnames=True makes pymongo accept a certificate for any host name.', '', 'tlsAllowInvalidHostnames=True (when dev) makes pymongo accept'],
        fixes: [{ title: 'Remove tlsAllowInvalidHostnames=True (verify the host name)', output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tls=True)\nopts = dict(tls=True, tlsAllowInvalidHostnames=True)\npymongo.MongoClient(host, **opts)\ndef connect(dev):\n    return MongoClient(host, tlsAllowInvalidHostnames=True if dev else False)\n" }],
      },
      {
        name: 'pymongo 3 ssl_match_hostname=False (H6)',
        code: "import pymongo, ssl\nclient = pymongo.MongoClient('db.example.com', ssl=True, ssl_cert_reqs=ssl.CERT_REQUIRED, ⟦ssl_match_hostname=False⟧)\n",
        messageIncludes: ['ssl_match_hostname=False makes pymongo accept a certificate for any host name.'],
        fixes: [{ title: 'Remove ssl_match_hostname=False (verify the host name)', output: "import pymongo, ssl\nclient = pymongo.MongoClient('db.example.com', ssl=True, ssl_cert_reqs=ssl.CERT_REQUIRED)\n" }],
      },
      {
        name: 'the same in URIs (H6)',
        code: "from pymongo import MongoClient\nclient = MongoClient(⟦'mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidHostnames=true'⟧)\nOLD = ⟦'mongodb://db.example.com/?ssl=true&ssl_match_hostname=false'⟧\n",
        messageIds: ['pyParam', 'pyParam'],
        messageIncludes: ['sets tlsAllowInvalidHostnames=true, which accepts a certificate for any host (pymongo)', 'sets ssl_match_hostname=false'],
        fixes: [
          { title: 'Remove tlsAllowInvalidHostnames=true from the connection string', output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tls=true')\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_match_hostname=false'\n" },
          { title: 'Remove ssl_match_hostname=false from the connection string', finding: 1, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidHostnames=true')\nOLD = 'mongodb://db.example.com/?ssl=true'\n" },
        ],
      },
    ],
  },
  { filename: 'db.py' },
);
