// HTTP clients: requests, httpx, aiohttp, urllib3, and the standard library's http.client and
// urllib.request.
import type { LibraryTable } from './sink-types.js';

const CERT = 'no-unverified-certificate';
const HOST = 'no-unverified-hostname';
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];

export const REQUESTS: LibraryTable = {
  owner: 'requests',
  keywords: [
    {
      rule: CERT,
      callees: [...VERBS.map((v) => `requests.${v}`), ...VERBS.map((v) => `requests.Session.${v}`), 'requests.Session.send', 'requests.Session.merge_environment_settings'],
      // `self.session.get(url, verify=False)` on a session the file did not make: an HTTP verb
      // with verify=False is a requests-style client (httpx's client methods take no verify).
      methods: [...VERBS, 'send'],
      keyword: 'verify',
      insecure: ['False'],
    },
    {
      rule: CERT,
      // A transport adapter's pool settings, passed to urllib3's PoolManager: `kwargs["cert_reqs"] =
      // "CERT_NONE"` then `super().init_poolmanager(*args, **kwargs)` in an HTTPAdapter subclass.
      callees: ['requests.adapters.HTTPAdapter.init_poolmanager', 'requests.adapters.HTTPAdapter.proxy_manager_for'],
      methods: ['init_poolmanager', 'proxy_manager_for'],
      keyword: 'cert_reqs',
      insecure: ["'CERT_NONE'", "'NONE'", 'ssl.CERT_NONE', '0'],
    },
  ],
  attributes: [{ rule: CERT, types: ['requests.Session'], attribute: 'verify', insecure: ['False'] }],
};

export const HTTPX: LibraryTable = {
  owner: 'httpx',
  keywords: [
    {
      rule: CERT,
      callees: [...[...VERBS, 'stream'].map((v) => `httpx.${v}`), 'httpx.Client', 'httpx.AsyncClient', 'httpx.HTTPTransport', 'httpx.AsyncHTTPTransport'],
      keyword: 'verify',
      insecure: ['False'],
    },
  ],
};

export const AIOHTTP: LibraryTable = {
  owner: 'aiohttp',
  keywords: [
    ...['ssl', 'verify_ssl'].map((keyword) => ({
      rule: CERT,
      callees: [...VERBS.map((v) => `aiohttp.ClientSession.${v}`), 'aiohttp.ClientSession.ws_connect', 'aiohttp.request', 'aiohttp.TCPConnector'],
      // `self._session.get(url, ssl=False)` on a session the file did not make (a parameter, an
      // attribute): an HTTP verb taking ssl=False is aiohttp's (requests and httpx take verify).
      ...(keyword === 'ssl' ? { methods: [...VERBS, 'ws_connect'] } : {}),
      keyword,
      insecure: ['False'],
    })),
  ],
};

const URLLIB3_POOLS = ['urllib3.PoolManager', 'urllib3.ProxyManager', 'urllib3.HTTPSConnectionPool', 'urllib3.connection_from_url', 'urllib3.proxy_from_url', 'urllib3.PoolManager.connection_from_url', 'urllib3.util.ssl_.ssl_wrap_socket', 'urllib3.util.ssl_wrap_socket'];

export const URLLIB3: LibraryTable = {
  owner: 'urllib3',
  keywords: [
    { rule: CERT, callees: URLLIB3_POOLS, keyword: 'cert_reqs', insecure: ["'CERT_NONE'", "'NONE'", 'ssl.CERT_NONE', '0'] },
    { rule: CERT, callees: ['urllib3.util.create_urllib3_context', 'urllib3.util.ssl_.create_urllib3_context'], keyword: 'cert_reqs', position: 1, insecure: ['ssl.CERT_NONE', '0'] },
    { rule: HOST, callees: URLLIB3_POOLS, keyword: 'assert_hostname', insecure: ['False'] },
  ],
};

export const STDLIB_HTTP: LibraryTable = {
  owner: 'the standard library',
  keywords: [
    { rule: HOST, callees: ['urllib.request.HTTPSHandler'], keyword: 'check_hostname', position: 2, insecure: ['False'] },
    { rule: HOST, callees: ['http.client.HTTPSConnection'], keyword: 'check_hostname', insecure: ['False'] },
  ],
};
