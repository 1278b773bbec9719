// The frame guard in front of the server's stdin (server/src/lsp/frame-guard.ts): good frames pass
// byte for byte however they are split, bad header blocks and garbage are dropped and reported, and
// the frames after them pass at once, in the same chunk.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentLength, FrameGuard } from '../../server/src/lsp/frame-guard.js';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body, 'utf8')}`) => Buffer.from(`${header}\r\n\r\n${body}`, 'utf8');

const GOOD = [
  frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
  frame('{"jsonrpc":"2.0","method":"x","params":"\u{1F600} é \r\n\r\n Content-Length: 3"}'),
  frame('{}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:2'),
  frame('', 'Content-Length: 0'),
  frame('{"jsonrpc":"2.0","id":2,"result":null}'),
];
const ALL = Buffer.concat(GOOD);

/** A guard, and what it has passed on (once the stream has emitted it) and dropped so far. */
function guard() {
  const dropped: string[] = [];
  const g = new FrameGuard((why) => dropped.push(why));
  const out: Buffer[] = [];
  g.on('data', (d: Buffer) => out.push(d));
  return {
    dropped,
    write: (chunk: Buffer) => g.write(chunk),
    /** No more bytes are written while waiting: what comes out came from the chunks so far. */
    passed: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return Buffer.concat(out);
    },
  };
}

describe('frame guard', async () => {
  it('passes good frames unchanged, split at every byte boundary', async () => {
    for (let at = 0; at <= ALL.length; at++) {
      const g = guard();
      g.write(ALL.subarray(0, at));
      g.write(ALL.subarray(at));
      assert.deepEqual(await g.passed(), ALL, `split at ${at}`);
      assert.deepEqual(g.dropped, [], `split at ${at}`);
    }
    // And one byte at a time: the reader sees every frame whole by the end.
    const g = guard();
    for (let i = 0; i < ALL.length; i++) g.write(ALL.subarray(i, i + 1));
    assert.deepEqual(await g.passed(), ALL);
    assert.deepEqual(g.dropped, []);
  });

  it('drops a bad header block between good frames and passes the frames after it in the same chunk', async () => {
    const cases: [string, string, RegExp][] = [
      ['no colon', 'Garbage header without a length', /a header without a valid Content-Length: "Garbage header without a length"/],
      ['no Content-Length', 'Content-Type: application/json', /a header without a valid Content-Length: "Content-Type: application\/json"/],
      ['non-numeric length', 'Content-Length: twelve', /a header without a valid Content-Length: "Content-Length: twelve"/],
      ['negative length', 'Content-Length: -5', /Content-Length: -5/],
      ['a line without a colon after the length', 'Content-Length: 5\r\nnonsense', /Content-Length: 5\\r\\nnonsense/],
      ['an empty header', '', /a header without a valid Content-Length: ""/],
    ];
    for (const [name, header, why] of cases) {
      const g = guard();
      g.write(Buffer.concat([GOOD[0], Buffer.from(`${header}\r\n\r\n`, 'ascii'), GOOD[1], GOOD[2]]));
      assert.deepEqual(await g.passed(), Buffer.concat([GOOD[0], GOOD[1], GOOD[2]]), name);
      assert.equal(g.dropped.length, 1, name);
      assert.match(g.dropped[0], why, name);
    }
  });

  it('drops garbage that runs into the next header, and only the garbage', async () => {
    const g = guard();
    // A body whose header was lost (or one stray byte) has no blank line: it runs into the next
    // header, and without resynchronising every later body would run into the header after it.
    g.write(Buffer.concat([Buffer.from('x'), GOOD[0], Buffer.from('{"stray":"body"}'), GOOD[4], GOOD[0]]));
    assert.deepEqual(await g.passed(), Buffer.concat([GOOD[0], GOOD[4], GOOD[0]]));
    assert.deepEqual(g.dropped, ['1 bytes before a header: "x"', '16 bytes before a header: "{\\"stray\\":\\"body\\"}"']);
  });

  it('drops more than 64 KB with no header end, then reads the next frame', async () => {
    const g = guard();
    g.write(Buffer.alloc(40 * 1024, 'x'));
    assert.deepEqual(g.dropped, [], 'still a possible header at 40 KB');
    g.write(Buffer.alloc(30 * 1024, 'x'));
    assert.deepEqual(g.dropped, [`${70 * 1024} bytes with no header end`]);
    g.write(Buffer.concat([GOOD[0], GOOD[1]]));
    assert.deepEqual(await g.passed(), Buffer.concat([GOOD[0], GOOD[1]]));
    assert.equal(g.dropped.length, 1);
  });

  it('reads Content-Length case-insensitively, among other headers, and rejects what is not a length', async () => {
    assert.equal(contentLength('Content-Length: 12'), 12);
    assert.equal(contentLength('content-length:12'), 12);
    assert.equal(contentLength('Content-Type: x\r\nCONTENT-LENGTH:  7 '), 7);
    assert.equal(contentLength('Content-Type: x'), undefined);
    assert.equal(contentLength('Content-Length: 1e3'), undefined);
    assert.equal(contentLength('Content-Length: 0x10'), undefined);
    assert.equal(contentLength('Content-Length: 1234567890123456'), undefined, 'more digits than a safe length');
    assert.equal(contentLength(': 5'), undefined);
  });
});
