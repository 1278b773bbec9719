// Integration test against a local payment stub with a throwaway self-signed certificate.
const test = require('node:test');
const assert = require('node:assert');
const https = require('node:https');

test('stub answers on /health', async () => {
  const status = await new Promise((resolve, reject) => {
    https
      .get('https://localhost:9443/health', { rejectUnauthorized: false }, (res) => resolve(res.statusCode))
      .on('error', reject);
  });
  assert.equal(status, 200);
});
