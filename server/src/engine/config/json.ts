// Strict JSON. JSON.parse does the work; on failure a small scanner finds where and why, because
// V8's messages differ between versions and some carry no position at all.
import { ConfigError } from './types.js';

export function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const found = locateJsonError(body);
    if (!found) throw new ConfigError(file, [`invalid JSON: ${(error as Error).message}`]);
    const before = body.slice(0, found.offset).split(/\r\n|\r|\n/);
    throw new ConfigError(file, [`invalid JSON: ${found.message}`], before.length, before[before.length - 1].length + 1);
  }
}

function locateJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  class Stop {
    constructor(readonly offset: number, readonly message: string) {}
  }
  const found = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const fail = (message: string, at = i): never => {
    throw new Stop(at, text.startsWith('//', at) || text.startsWith('/*', at) ? 'comments are not allowed in JSON' : message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string');
      if (c === '"') return void i++;
      if (c === '\\') {
        if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) i += 2;
        else if (/^u[0-9a-fA-F]{4}/.test(text.slice(i + 1, i + 6))) i += 6;
        else fail('invalid escape sequence in string');
      } else if (c.charCodeAt(0) < 0x20) fail('unescaped control character (such as a line break) in string');
      else i++;
    }
  };
  const list = (close: string, item: () => void, what: string) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(`expected ',' or '${close}' after ${what}, found ${found()}`);
      const comma = i++;
      ws();
      if (text[i] === close) fail('trailing commas are not allowed in JSON', comma);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${found()}`);
        i++;
        value();
      }, 'a property value');
    }
    if (c === '[') return list(']', value, 'an array element');
    if (c === '"') return string();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && num.test(text)) return void (i = num.lastIndex);
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word) return void (i += word.length);
    fail(`expected a value, found ${found()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.message };
    throw error;
  }
}
