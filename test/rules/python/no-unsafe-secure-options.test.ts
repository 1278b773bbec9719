// no-unsafe-secure-options, Python part (PYTHON-TLS-FACTS.md 1.10 O1-O3).
import { noUnsafeSecureOptions } from '../../../rules/no-unsafe-secure-options/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'tls.py', ...(name ? { name } : {}) });
const CTX = 'import ssl\nctx = ssl.create_default_context()\n';

runRuleTests(noUnsafeSecureOptions, {
  valid: [
    py(`${CTX}ctx.options |= ssl.OP_NO_COMPRESSION | ssl.OP_NO_TICKET\nctx.options |= ssl.OP_NO_RENEGOTIATION\n`, 'hardening flags'),
    py(`${CTX}if ctx.options & ssl.OP_LEGACY_SERVER_CONNECT:\n    print("legacy")\nflags = ctx.options & ~ssl.OP_NO_COMPRESSION\n`, 'tests and computations that are not written back'),
    py(`${CTX}# ctx.options |= ssl.OP_NO_TLSv1_3\nDOC = "ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT"\n`, 'comments and strings'),
    py('import ssl\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.options |= ssl.OP_LEGACY_SERVER_CONNECT\n', 'OP_LEGACY_SERVER_CONNECT only acts on clients'),
    py(`${CTX}ctx.options &= ~ssl.OP_ENABLE_MIDDLEBOX_COMPAT\n`, 'clearing a flag that is no protection'),
  ],
  invalid: [
    {
      ...py(`${CTX}⟦ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT⟧\n`, 'O1'),
      messageIds: ['pyFlag'],
      severities: ['warning'],
      messageIncludes: ['Setting ssl.OP_LEGACY_SERVER_CONNECT'],
      fixes: [{ title: 'Remove ssl.OP_LEGACY_SERVER_CONNECT', output: CTX }],
    },
    {
      ...py(`${CTX}⟦ctx.options &= ~ssl.OP_NO_COMPRESSION⟧\n`, 'O2: clearing OP_NO_COMPRESSION'),
      messageIds: ['pyClearFlag'],
      messageIncludes: ['CRIME'],
      fixes: [{ title: 'Remove this statement', output: CTX }],
    },
    {
      ...py(`${CTX}⟦ctx.options |= ssl.OP_NO_TICKET | ssl.OP_NO_TLSv1_3⟧\n`, 'O3 among other flags: only it is removed'),
      messageIncludes: ['turns TLS 1.3 off'],
      fixes: [{ title: 'Remove ssl.OP_NO_TLSv1_3', output: `${CTX}ctx.options |= ssl.OP_NO_TICKET\n` }],
    },
    {
      ...py(`${CTX}⟦ctx.options = ssl.OP_ALL | ssl.OP_NO_TLSv1_3⟧\n`, 'a plain assignment'),
    },
    {
      ...py('from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n⟦ctx.set_options(SSL.OP_LEGACY_SERVER_CONNECT)⟧\n', 'pyOpenSSL set_options'),
      messageIds: ['pyFlag'],
    },
  ],
});
