// no-weak-key-exchange, Python part (PYTHON-TLS-FACTS.md 1.6 K1, K3).
import { noWeakKeyExchange } from '../../../rules/no-weak-key-exchange/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'server.py', ...(name ? { name } : {}) });
const CTX = 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n';

runRuleTests(noWeakKeyExchange, {
  valid: [
    py(`${CTX}ctx.set_ecdh_curve("prime256v1")\nctx.set_ecdh_curve("secp384r1")\nctx.set_ecdh_curve("X25519")\n`, 'curves of 224 bits and more'),
    py(`${CTX}ctx.set_ecdh_curve(CURVE)\n`, 'an unknown curve'),
    py(`${CTX}# ctx.set_ecdh_curve("secp192r1")\nWEAK = ["secp192r1", "prime192v1"]\n`, 'names in comments and data'),
    py('from OpenSSL import SSL, crypto\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))\n', 'pyOpenSSL with P-256'),
    py('PROFILES = {"modern": TLSProfile(ecdh_curve="prime256v1"), "env": TLSProfile(ecdh_curve=os.environ["CURVE"])}\nkey = ec.generate_private_key(curve="secp192r1")\n# TLSProfile(ecdh_curve="prime192v1")\n', "a profile's ecdh_curve= of 224 bits and more or unknown, another keyword, a comment"),
  ],
  invalid: [
    {
      ...py(`${CTX}ctx.set_ecdh_curve(⟦"prime192v1"⟧)\n`, 'a 192-bit curve'),
      messageIds: ['pyEcdhCurve'],
      severities: ['warning'],
      messageIncludes: ["'prime192v1' is a 192-bit curve"],
      fixes: [{ title: "Use 'prime256v1'", output: `${CTX}ctx.set_ecdh_curve("prime256v1")\n` }],
    },
    {
      ...py('from dataclasses import dataclass\n@dataclass\nclass TLSProfile:\n    ecdh_curve: str = "prime256v1"\nPROFILES = {"modern": TLSProfile(), "iot": TLSProfile(⟦ecdh_curve="prime192v1"⟧)}\n', "a profile made with ecdh_curve= naming a 192-bit curve, wherever the profile goes (python-blind21 edge_gateway)"),
      messageIds: ['pyEcdhCurve'],
      fixes: [{ title: "Use 'prime256v1'", output: 'from dataclasses import dataclass\n@dataclass\nclass TLSProfile:\n    ecdh_curve: str = "prime256v1"\nPROFILES = {"modern": TLSProfile(), "iot": TLSProfile(ecdh_curve="prime256v1")}\n' }],
    },
    {
      ...py(`${CTX}CURVE = 'secp160r1' if legacy else 'prime256v1'\nctx.set_ecdh_curve(⟦CURVE⟧)\n`, 'a conditional curve says when'),
      messageIncludes: ['(when legacy)'],
    },
    {
      ...py('from OpenSSL import SSL, crypto\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_tmp_ecdh(crypto.get_elliptic_curve(⟦"secp192r1"⟧))\n', 'pyOpenSSL set_tmp_ecdh (K3)'),
      fixes: [{ title: "Use 'prime256v1'", output: 'from OpenSSL import SSL, crypto\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))\n' }],
    },
  ],
});
