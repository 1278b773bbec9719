// rules/common/urls.ts: the parts of a `scheme://…` string, shared by the JS and Python readers of
// request hosts, connection strings and credentials in URLs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { urlParts } from '../../rules/common/urls.js';

describe('urlParts', () => {
  test('scheme, userinfo, authority, first host and the rest', () => {
    assert.deepEqual(urlParts('rediss://default:pw@cache.example.com:6380/0?x=1'), { scheme: 'rediss:', userinfo: 'default:pw', authority: 'cache.example.com:6380', host: 'cache.example.com', rest: '/0?x=1' });
    assert.deepEqual(urlParts('https://[::1]:8443/x'), { scheme: 'https:', authority: '[::1]:8443', host: '[::1]', rest: '/x' });
    assert.deepEqual(urlParts('mongodb://u@h1:27017,h2:27017/db'), { scheme: 'mongodb:', userinfo: 'u', authority: 'h1:27017,h2:27017', host: 'h1', rest: '/db' });
    assert.deepEqual(urlParts('http://example.com?q=a@b'), { scheme: 'http:', authority: 'example.com', host: 'example.com', rest: '?q=a@b' });
    assert.deepEqual(urlParts('rediss://default:\0@h:6379'), { scheme: 'rediss:', userinfo: 'default:\0', authority: 'h:6379', host: 'h', rest: '' });
  });

  test('no parts for text without scheme://', () => {
    for (const t of ['localhost:8443', 'sqlite::memory:', 'mailto:a@b', '//cdn.example.com/x', '']) assert.equal(urlParts(t), undefined, t);
  });
});
