// no-weak-key-exchange, Python part: pyOpenSSL's set_tmp_ecdh(get_elliptic_curve(…)) in its import
// forms (K3), and load_tmp_dh(path), which is not reported: only the file says how large the group is.
import { noWeakKeyExchange } from '../../../rules/no-weak-key-exchange/index.js';
import { runRuleTests } from '../rule-tester.js';

const CTX = 'from OpenSSL import SSL, crypto\nctx = SSL.Context(SSL.TLS_SERVER_METHOD)\n';

runRuleTests(
  noWeakKeyExchange,
  {
    valid: [
      { name: 'load_tmp_dh with a file, whatever its name (K3: the size is in the file)', code: `${CTX}ctx.load_tmp_dh("/etc/ssl/dh1024.pem")\nctx.load_tmp_dh(DH_PATH)\n` },
      { name: 'curves of 224 bits and more, and curves the file does not name', code: `${CTX}ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp384r1"))\nctx.set_tmp_ecdh(crypto.get_elliptic_curve(settings.CURVE))\nfor c in crypto.get_elliptic_curves():\n    print(c.name)\n` },
      { name: 'comments and strings', code: `${CTX}# ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))\nWEAK = "get_elliptic_curve('prime192v1')"\n` },
    ],
    invalid: [
      {
        name: 'get_elliptic_curve imported by name, through a variable (K3)',
        code: "from OpenSSL import SSL\nfrom OpenSSL.crypto import get_elliptic_curve\nctx = SSL.Context(SSL.TLS_SERVER_METHOD)\nNAME = 'prime192v1'\ncurve = get_elliptic_curve(⟦NAME⟧)\nctx.set_tmp_ecdh(curve)\n",
        messageIds: ['pyEcdhCurve'],
        messageIncludes: ["'prime192v1' is a 192-bit curve"],
        fixes: [{ title: "Use 'prime256v1'", output: "from OpenSSL import SSL\nfrom OpenSSL.crypto import get_elliptic_curve\nctx = SSL.Context(SSL.TLS_SERVER_METHOD)\nNAME = 'prime256v1'\ncurve = get_elliptic_curve(NAME)\nctx.set_tmp_ecdh(curve)\n" }],
      },
      {
        name: 'a 160-bit curve by keyword, under a condition (K3)',
        code: `${CTX}def setup(legacy):\n    ctx.set_tmp_ecdh(crypto.get_elliptic_curve(⟦name='secp160r1' if legacy else 'prime256v1'⟧))\n`,
        messageIncludes: ["'secp160r1' (when legacy) is a 160-bit curve"],
      },
    ],
  },
  { filename: 'server.py' },
);
