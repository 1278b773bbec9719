// Sits between stdin and the JSON-RPC reader and lets only well-formed frames through: a header
// block with a numeric Content-Length, then that many bytes. vscode-jsonrpc's reader stops at a
// malformed header and does not look at the rest of the chunk it came in, so a client that sends
// one bad header together with good messages would leave those messages unread until more bytes
// arrive, forever if none do. Here the bad header block is dropped, reported through `onDropped`,
// and the next frame is read at once. Garbage without a blank line of its own runs into the next
// frame's header: only the bytes before that header are dropped, or every later frame would be
// lost, each body running into the header after it.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Bytes without a header end after which what has come so far is garbage, not a header. */
const MAX_HEADER_BYTES = 64 * 1024;

export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** The body length of the frame being read, once its header has been passed on. */
  private bodyLeft = -1;

  constructor(private readonly onDropped: (why: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      this.drain();
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLeft >= 0) {
        // Body bytes go on as they come: holding a large body back would copy it at every chunk.
        const n = Math.min(this.bodyLeft, this.buffer.length);
        if (n > 0) this.push(this.buffer.subarray(0, n));
        this.buffer = this.buffer.subarray(n);
        this.bodyLeft -= n;
        if (this.bodyLeft > 0) return;
        this.bodyLeft = -1;
      }
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.discard(this.buffer.length, `${this.buffer.length} bytes with no header end`);
        return;
      }
      const header = this.buffer.subarray(0, end).toString('ascii');
      const length = contentLength(header);
      if (length === undefined) {
        const start = headerStart(header);
        if (start !== undefined) this.discard(start, `${start} bytes before a header: ${JSON.stringify(header.slice(0, Math.min(start, 200)))}`);
        else this.discard(end + HEADER_END.length, `a header without a valid Content-Length: ${JSON.stringify(header.slice(0, 200))}`);
        continue;
      }
      this.push(this.buffer.subarray(0, end + HEADER_END.length));
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
      this.bodyLeft = length;
    }
  }

  // Not `drop`: that name is Readable's own stream operator.
  private discard(bytes: number, why: string): void {
    this.buffer = this.buffer.subarray(bytes);
    this.onDropped(why);
  }
}

/** A real header block (Content-Length, perhaps Content-Type) is far shorter than this. */
const MAX_REAL_HEADER = 1024;

/** Where a valid header block starts inside a bad one (after garbage), if it does. */
function headerStart(header: string): number | undefined {
  // Only its end can hold one; looking further would cost time quadratic in the garbage.
  const candidates = /content-/gi;
  candidates.lastIndex = Math.max(1, header.length - MAX_REAL_HEADER);
  for (let m = candidates.exec(header); m; m = candidates.exec(header)) {
    if (contentLength(header.slice(m.index)) !== undefined) return m.index;
  }
  return undefined;
}

/** The Content-Length of a header block whose every line is `Name: value`, else undefined. */
export function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/.test(value)) return undefined;
    length = Number(value);
  }
  return length;
}
