// Filling message templates: quoted values are cut so that no message passes MAX_MESSAGE_LENGTH,
// and the template's own words never are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage, MAX_MESSAGE_LENGTH } from '../../server/src/engine/messages.js';

const TEMPLATE = '{sink} to {host}{condition} sends no SNI: a shared server may send the wrong certificate.';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    assert.equal(formatMessage(TEMPLATE, { sink: 'tls.connect', host: "'db.example.com'", condition: '' }), "tls.connect to 'db.example.com' sends no SNI: a shared server may send the wrong certificate.");
    assert.equal(formatMessage('a {b} c', {}), 'a {b} c');
    assert.equal(formatMessage('a {b} c', undefined), 'a {b} c');
  });

  it('cuts the longest quoted value with "…" until the message fits, keeping the template words', () => {
    const host = `'${'a'.repeat(150)}.example.com'`;
    const out = formatMessage(TEMPLATE, { sink: 'tls.connect', host, condition: ' (when isDev is truthy)' });
    assert.equal(out.length, MAX_MESSAGE_LENGTH);
    assert.ok(out.startsWith("tls.connect to 'aaaa"), out);
    assert.ok(out.endsWith('… (when isDev is truthy) sends no SNI: a shared server may send the wrong certificate.'), out);
  });

  it('cuts a value used twice on both uses, and the next longest when one is not enough', () => {
    const out = formatMessage('minDHSize: {value} accepts {value}-bit groups{condition}.', { value: '9'.repeat(100), condition: ` (when ${'x'.repeat(80)} is truthy)` });
    assert.ok(out.length <= MAX_MESSAGE_LENGTH, `${out.length}: ${out}`);
    assert.match(out, /^minDHSize: 9+… accepts 9+…-bit groups \(when x+/);
  });

  it('leaves a message alone when only short values could be cut', () => {
    const long = `${'word '.repeat(40)}{x}.`;
    assert.equal(formatMessage(long, { x: 'short' }), long.replace('{x}', 'short'));
  });
});
