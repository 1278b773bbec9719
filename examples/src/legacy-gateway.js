// TLS front for the point-of-sale terminals in the stores: they send one order per line, and the
// gateway hands each line to the orders service.
const { readFileSync } = require('node:fs');
const tls = require('node:tls');
const { submitOrder } = require('./orders');

const gateway = tls.createServer({
  key: readFileSync('certs/gateway.key'),
  cert: readFileSync('certs/gateway.crt'),
  // The terminals' firmware (POS 4.2) predates AES-GCM; keep 3DES until the fleet is replaced.
  ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA',
});

gateway.on('secureConnection', (socket) => {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      submitOrder(JSON.parse(line)).then(() => socket.write('OK\n'), () => socket.write('ERR\n'));
    }
  });
});

gateway.listen(Number(process.env.GATEWAY_PORT ?? 9443));

module.exports = { gateway };
