// no-unverified-certificate, Python part: Twisted (C20), pymongo's insecure options and URIs (C22),
// nntplib without a context (C11) and its removal in 3.13. Every fix is re-parsed and re-linted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { defaultConfig } from '../../../server/src/engine/config/index.js';
import { ready } from '../../../server/src/linter/index.js';
import { analyzeText } from '../../helpers/lint.js';
import { runRuleTests } from '../rule-tester.js';

const TW = 'from twisted.internet import reactor, ssl\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      { name: 'Twisted: CertificateOptions with trustRoot or verify=True, optionsForClientTLS', code: `${TW}reactor.connectSSL("h", 443, f, ssl.CertificateOptions(trustRoot=ssl.platformTrust()))\nopts = ssl.CertificateOptions(verify=True, caCerts=[ca])\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, ssl.optionsForClientTLS("h"))\n` },
      { name: 'Twisted: CertificateOptions of a server (listenSSL, a server endpoint)', code: `${TW}from twisted.internet import endpoints\nsrv = ssl.CertificateOptions(privateKey=key, certificate=cert)\nreactor.listenSSL(443, f, srv)\nendpoints.SSL4ServerEndpoint(reactor, 443, ssl.CertificateOptions(privateKey=key, certificate=cert))\n` },
      { name: 'Twisted: options the file cannot see, and a subclass of ClientContextFactory', code: `${TW}reactor.connectSSL("h", 443, f, ssl.CertificateOptions(**tls_kwargs))\nclass Verifying(ssl.ClientContextFactory):\n    def getContext(self):\n        return make_verified_context()\nreactor.connectSSL("h", 443, f, Verifying())\n` },
      { name: 'Twisted: comments and strings', code: `${TW}# reactor.connectSSL(h, 443, f, ssl.ClientContextFactory())\nHELP = "CertificateOptions(verify=False) turns checks off"\n` },
      { name: 'pymongo: safe options and URIs', code: "import pymongo\npymongo.MongoClient(uri, tls=True, tlsInsecure=False, tlsCAFile='/etc/ca.pem')\nURI = 'mongodb://db.example.com/?tls=true&tlsCAFile=/etc/ca.pem'\nNOTE = 'never set tlsInsecure=true'\n" },
      { name: 'nntplib given a context, or **kwargs', code: 'import nntplib, ssl\nctx = ssl.create_default_context()\nnntplib.NNTP_SSL("news.example.com", ssl_context=ctx)\ns = nntplib.NNTP("news.example.com")\ns.starttls(context=ctx)\nnntplib.NNTP_SSL("news.example.com", **opts)\n' },
    ],
    invalid: [
      {
        name: 'Twisted ClientContextFactory (C20)',
        code: `${TW}from twisted.internet.ssl import ClientContextFactory\nreactor.connectSSL("h", 443, f, ⟦ssl.ClientContextFactory()⟧)\ncf = ⟦ClientContextFactory()⟧\n`,
        messageIds: ['pyTwisted', 'pyTwisted'],
      },
      {
        name: 'Twisted CertificateOptions(verify=False) and its default, used by clients (C20)',
        code: `${TW}from twisted.internet import endpoints\nfrom twisted.internet.ssl import CertificateOptions\nopts = CertificateOptions(⟦verify=False⟧)\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, contextFactory=⟦ssl.CertificateOptions()⟧)\nep = endpoints.SSL4ClientEndpoint(reactor, "h", 443, ssl.CertificateOptions(⟦verify=False⟧))\nclass Client:\n    def start(self):\n        self.reactor.connectSSL("h", 443, f, ⟦ssl.CertificateOptions(raiseMinimumTo=ssl.TLSVersion.TLSv1_2)⟧)\n`,
        messageIds: ['pyTwistedOptions', 'pyTwistedOptions', 'pyTwistedOptions', 'pyTwistedOptions'],
        messageIncludes: ['verify=False makes this Twisted client accept any certificate', 'CertificateOptions() without trustRoot= makes this Twisted client accept any certificate'],
        fixes: [{ title: 'Use trustRoot=ssl.platformTrust() (verify certificates)', finding: 2, output: `${TW}from twisted.internet import endpoints\nfrom twisted.internet.ssl import CertificateOptions\nopts = CertificateOptions(verify=False)\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, contextFactory=ssl.CertificateOptions())\nep = endpoints.SSL4ClientEndpoint(reactor, "h", 443, ssl.CertificateOptions(trustRoot=ssl.platformTrust()))\nclass Client:\n    def start(self):\n        self.reactor.connectSSL("h", 443, f, ssl.CertificateOptions(raiseMinimumTo=ssl.TLSVersion.TLSv1_2))\n` }],
      },
      {
        name: 'pymongo tlsInsecure=True, also through **kwargs and a name (C22)',
        code: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', ⟦tlsInsecure=True⟧)\nopts = {'tls': True, ⟦'tlsInsecure': True⟧}\npymongo.MongoClient(host, **opts)\nINSECURE = True\npymongo.MongoClient(host, ⟦tlsInsecure=INSECURE⟧)\n",
        messageIds: ['pyOption', 'pyOption', 'pyOption'],
        messageIncludes: ['tlsInsecure=True makes pymongo accept any certificate'],
        fixes: [
          { title: 'Remove tlsInsecure=True (verify certificates)', output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com')\nopts = {'tls': True, 'tlsInsecure': True}\npymongo.MongoClient(host, **opts)\nINSECURE = True\npymongo.MongoClient(host, tlsInsecure=INSECURE)\n" },
          { title: "Remove 'tlsInsecure': True (verify certificates)", finding: 1, output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tlsInsecure=True)\nopts = {'tls': True}\npymongo.MongoClient(host, **opts)\nINSECURE = True\npymongo.MongoClient(host, tlsInsecure=INSECURE)\n" },
        ],
      },
      {
        name: 'pymongo 3 ssl_cert_reqs=CERT_NONE and motor (C22)',
        code: "import ssl\nfrom motor.motor_asyncio import AsyncIOMotorClient\nimport pymongo\npymongo.MongoClient(host, ssl=True, ⟦ssl_cert_reqs=ssl.CERT_NONE⟧)\nAsyncIOMotorClient(uri, ⟦tlsInsecure=True⟧)\n",
        messageIncludes: ['ssl_cert_reqs=ssl.CERT_NONE makes pymongo accept', 'tlsInsecure=True makes pymongo accept'],
      },
      {
        name: 'pymongo URIs with tlsInsecure=true (C22)',
        code: "from pymongo import MongoClient\nclient = MongoClient(⟦'mongodb+srv://cluster0.example.net/app?tlsInsecure=true'⟧)\nURI = ⟦'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'⟧\nOLD = ⟦'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'⟧\n",
        messageIds: ['pyParam', 'pyParam', 'pyParam'],
        messageIncludes: ['sets tlsInsecure=true, which accepts any certificate and host name (pymongo)'],
        fixes: [
          { title: 'Remove tlsInsecure=true from the connection string', output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app')\nURI = 'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'\n" },
          { title: 'Remove tlsInsecure=true from the connection string', finding: 1, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tlsInsecure=true')\nURI = 'mongodb://db.example.com/?replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'\n" },
          { title: 'Remove ssl_cert_reqs=CERT_NONE from the connection string', finding: 2, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tlsInsecure=true')\nURI = 'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true'\n" },
        ],
      },
      {
        name: 'nntplib NNTP_SSL and NNTP.starttls() without a context (C11)',
        code: 'import nntplib\nnews = ⟦nntplib.NNTP_SSL⟧("news.example.com")\nplain = nntplib.NNTP("news.example.com")\n⟦plain.starttls⟧()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", ⟦None⟧) as n:\n    pass\n',
        messageIds: ['pyNoContext', 'pyNoContext', 'pyNoContext'],
        messageIncludes: ['nntplib.NNTP_SSL() without ssl_context= accepts any certificate', 'NNTP.starttls() without context= accepts any certificate'],
        fixes: [
          { title: 'Pass ssl_context=ssl.create_default_context() (verify certificates)', output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com", ssl_context=ssl.create_default_context())\nplain = nntplib.NNTP("news.example.com")\nplain.starttls()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", None) as n:\n    pass\n' },
          { title: 'Pass context=ssl.create_default_context() (verify certificates)', finding: 1, output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com")\nplain = nntplib.NNTP("news.example.com")\nplain.starttls(context=ssl.create_default_context())\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", None) as n:\n    pass\n' },
          { title: 'Pass ssl_context=ssl.create_default_context() (verify certificates)', finding: 2, output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com")\nplain = nntplib.NNTP("news.example.com")\nplain.starttls()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", ssl.create_default_context()) as n:\n    pass\n' },
        ],
      },
    ],
  },
  { filename: 'client.py' },
);

// nntplib was removed in Python 3.13: a project that needs 3.13 or later cannot be running it.
describe('no-unverified-certificate (Python): nntplib and the targeted Python version', () => {
  before(() => ready());
  const lintFor = (version: string, code: string) => {
    const config = { ...defaultConfig(), testFiles: [], configFile: undefined, baseDir: process.cwd(), python: { version, source: `requires-python ">=${version}"` } };
    return analyzeText('news.py', code, { rules: [noUnverifiedCertificate], config }).findings;
  };
  const NEWS = 'import nntplib\nnews = nntplib.NNTP_SSL("news.example.com")\n';

  it('reported with its fix while the targeted versions have nntplib', () => {
    const [f] = lintFor('3.12', NEWS);
    assert.equal(f.messageId, 'pyNoContext');
    assert.equal(f.fixes.length, 1);
  });

  it('not reported from 3.13 on, where nntplib is gone', () => {
    assert.deepEqual(lintFor('3.13', NEWS), []);
    assert.deepEqual(lintFor('3.14', NEWS), []);
  });

  it('smtplib, which still exists, is reported on 3.13', () => {
    assert.equal(lintFor('3.13', 'import smtplib\nsmtplib.SMTP_SSL("smtp.example.com")\n').length, 1);
  });
});
