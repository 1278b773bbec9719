// What Python library calls return, and which names are the same thing: the frontend names an
// instance after its class (rules/python/api.ts), so a method table lists `ssl.SSLContext.wrap_socket`
// once for every factory of a context. Data only; a library's entries sit with its name.

/**
 * Factory → the class of what it returns. A call of a class (a name whose last part starts with a
 * capital letter, as PEP 8 names classes) returns that class without an entry here.
 */
export const RETURNS: Readonly<Record<string, string>> = {
  // ssl
  'ssl.create_default_context': 'ssl.SSLContext',
  'ssl._create_unverified_context': 'ssl.SSLContext',
  'ssl._create_stdlib_context': 'ssl.SSLContext',
  'ssl._create_default_https_context': 'ssl.SSLContext',
  'ssl.SSLContext.wrap_socket': 'ssl.SSLSocket',
  'ssl.wrap_socket': 'ssl.SSLSocket',
  // argparse: the parsed command line (lang/python/flags.ts reads its flags)
  'argparse.ArgumentParser.parse_args': 'argparse.Namespace',
  // asyncio
  'asyncio.get_event_loop': 'asyncio.AbstractEventLoop',
  'asyncio.get_running_loop': 'asyncio.AbstractEventLoop',
  'asyncio.new_event_loop': 'asyncio.AbstractEventLoop',
  // requests
  'requests.session': 'requests.Session',
  // urllib3
  'urllib3.util.create_urllib3_context': 'ssl.SSLContext',
  'urllib3.util.ssl_.create_urllib3_context': 'ssl.SSLContext',
};

/** Other names of the same thing (submodule paths, old aliases) → the name tables use. */
export const ALIASES: Readonly<Record<string, string>> = {
  'ssl.VerifyMode.CERT_NONE': 'ssl.CERT_NONE',
  'ssl.VerifyMode.CERT_REQUIRED': 'ssl.CERT_REQUIRED',
  'ssl.VerifyMode.CERT_OPTIONAL': 'ssl.CERT_OPTIONAL',
  'requests.sessions.Session': 'requests.Session',
  'requests.sessions.session': 'requests.session',
  'requests.api.get': 'requests.get',
  'requests.api.post': 'requests.post',
  'requests.api.put': 'requests.put',
  'requests.api.patch': 'requests.patch',
  'requests.api.delete': 'requests.delete',
  'requests.api.head': 'requests.head',
  'requests.api.options': 'requests.options',
  'requests.api.request': 'requests.request',
  'httpx._client.Client': 'httpx.Client',
  'httpx._client.AsyncClient': 'httpx.AsyncClient',
  'urllib3.poolmanager.PoolManager': 'urllib3.PoolManager',
  'urllib3.poolmanager.ProxyManager': 'urllib3.ProxyManager',
  'urllib3.connectionpool.HTTPSConnectionPool': 'urllib3.HTTPSConnectionPool',
  'urllib3.connectionpool.connection_from_url': 'urllib3.connection_from_url',
  'aiohttp.client.ClientSession': 'aiohttp.ClientSession',
  'aiohttp.connector.TCPConnector': 'aiohttp.TCPConnector',
  'redis.client.Redis': 'redis.Redis',
  'redis.StrictRedis': 'redis.Redis',
  'redis.client.StrictRedis': 'redis.Redis',
  'redis.asyncio.Redis': 'redis.Redis',
  'redis.asyncio.client.Redis': 'redis.Redis',
  'pymongo.mongo_client.MongoClient': 'pymongo.MongoClient',
  'motor.motor_asyncio.AsyncIOMotorClient': 'pymongo.MongoClient',
  'elasticsearch.Elasticsearch': 'elasticsearch.Elasticsearch',
  'elasticsearch.AsyncElasticsearch': 'elasticsearch.Elasticsearch',
  'twisted.internet._sslverify.OpenSSLCertificateOptions': 'twisted.internet.ssl.CertificateOptions',
  // twisted.internet.ssl imports pyOpenSSL's SSL module, and code reads its constants from there (`ssl.SSL.TLSv1_METHOD`).
  'twisted.internet.ssl.SSL': 'OpenSSL.SSL',
  'twisted.internet.ssl.OpenSSLCertificateOptions': 'twisted.internet.ssl.CertificateOptions',
};

/** The qualified name a library name stands for (ALIASES applied). */
export function canonicalName(name: string): string {
  return ALIASES[name] ?? name;
}

/** The class of what calling `name` returns: RETURNS, the class itself, else `name()`. */
export function returnType(name: string): string {
  const known = RETURNS[name];
  if (known) return known;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return /^_?[A-Z]/.test(last) ? name : `${name}()`;
}
