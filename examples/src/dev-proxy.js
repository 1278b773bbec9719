// `npm run dev` only: forwards /api to the developer's local mitmproxy, which re-signs traffic.
const https = require('node:https');

function forward(req, res) {
  const upstream = https.request({
    host: 'localhost',
    port: 8080,
    path: req.url,
    method: req.method,
    headers: req.headers,
    // tlslint-disable-next-line no-unverified-certificate -- local dev proxy
    rejectUnauthorized: false,
  });
  upstream.on('response', (r) => r.pipe(res));
  req.pipe(upstream);
}

module.exports = { forward };
