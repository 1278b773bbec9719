// A 'keylog' listener whose handler is written in another file: the finding stays on the listener
// (where Node starts producing key lines, and where the opt-in fix wraps), and names the handler's
// write of the keys as related information. Traps: a handler of another file that keeps only the
// lines' lengths, one that writes only behind an opt-in.
import { noTlsKeyLogging } from '../../rules/no-tls-key-logging/index.js';
import { runProjectTests } from './project-tester.js';

const HANDLERS =
  "const fs = require('fs');\nfunction onKeylog(line) {\n  fs.appendFileSync('/var/log/keys.log', line);\n}\nconst recent = [];\nfunction remember(line) {\n  recent.push(line.length);\n}\nfunction debugOnly(line) {\n  if (process.env.TLS_KEYLOG) fs.appendFileSync(process.env.TLS_KEYLOG, line);\n}\nmodule.exports = { onKeylog, remember, debugOnly };\n";
const server = (handler: string, listener = `server.on('keylog', ${handler});`) =>
  `const tls = require('tls');\nconst { ${handler} } = require('./handlers');\nconst server = tls.createServer({});\n${listener}\nserver.listen(7000);\n`;

runProjectTests(noTlsKeyLogging, {
  valid: [
    { name: 'a handler of another file that keeps only the lines’ lengths', files: { 'handlers.js': HANDLERS, 'server.js': server('remember') } },
    { name: 'a handler of another file that writes only behind an opt-in', files: { 'handlers.js': HANDLERS, 'server.js': server('debugOnly') } },
  ],
  invalid: [
    {
      name: 'a handler of another file that appends the keys to a file: at the listener, with the write',
      files: { 'handlers.js': HANDLERS, 'server.js': server('onKeylog', "⟦server.on('keylog', onKeylog)⟧;") },
      messageIncludes: ['fs.appendFileSync()'],
      related: [['value written here at handlers.js:3']],
      fixes: [
        {
          title: "Wrap the 'keylog' listener in if (process.env.TLS_KEYLOG_FILE)",
          file: 'server.js',
          output: "const tls = require('tls');\nconst { onKeylog } = require('./handlers');\nconst server = tls.createServer({});\nif (process.env.TLS_KEYLOG_FILE) {\n  server.on('keylog', onKeylog);\n}\nserver.listen(7000);\n",
        },
      ],
    },
  ],
});
