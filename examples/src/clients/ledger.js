// The ledger speaks a line protocol over raw TLS on port 7400.
const tls = require('node:tls');

function openLedger(host = 'ledger.internal.example') {
  const socket = tls.connect({
    host,
    port: 7400,
    ca: [process.env.LEDGER_CA],
    minVersion: 'TLSv1',
  });
  socket.setEncoding('utf8');
  return socket;
}

module.exports = { openLedger };
