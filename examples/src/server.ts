// Public API plus the partner endpoint that authenticates with client certificates (mutual TLS).
import { readFileSync } from 'node:fs';
import https from 'node:https';

const server = https.createServer(
  {
    key: readFileSync('certs/server.key'),
    cert: readFileSync('certs/server.crt'),
    ca: readFileSync('certs/partners-ca.pem'),
    requestCert: true,
    // Some partners' certificates expired last year; accept them until they rotate.
    rejectUnauthorized: false,
    // The old warehouse scanners only speak TLS 1.0.
    secureProtocol: 'TLSv1_method',
  },
  (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, path: req.url }));
  },
);

server.listen(Number(process.env.PORT ?? 8443), () => {
  console.log('orders API listening');
});
