// The blind Python evaluation sets (test/eval/python-blind/, python-blind2/): files written the way
// an outside tester would (from PYTHON-TLS-FACTS.md and the rule pages, before reading any rule's
// code), with the expected findings and the decoys in answers.txt instead of marks in the files, so
// the files look like any project's. Every rule counts; the bar for a hidden set applies to
// the first. The second (48 files, written by another tester on 2026-12-06) showed that a value
// reaching a call through a name (a class attribute, a module constant set in an if/else) is
// expected where it is written, which is where tlslint reports it since; its one placement
// disagreement left (an SMTP STARTTLS under has_extn: the key's starttls() line, tlslint's login())
// counts as a miss and a false positive.
//
// Each set is scored twice, as the JS outside sets are (score.ts): strictly on the finding's own
// line, and leniently, where a finding also meets a key on one of its related places (the line its
// value is written on, the call that uses it, the optional STARTTLS of a login, the connection of
// a pyOpenSSL client). Both figures are printed and both held to a bar.
import path from 'node:path';
import { it } from 'node:test';
import { assertKeyedSet } from './score.js';

const EVAL = path.resolve(__dirname, '..', '..', '..', 'test', 'eval');

it('finds at least 90 % of the blind set\'s problems with at most 2 false positives', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind'), 'python blind eval', { recall: 0.9, falsePositives: 2 }, (m) => t.diagnostic(m), { recall: 0.9, falsePositives: 2 });
});

// 131/133 since a parameter's annotation names its methods (harbor/aio/feeds.py:27). 131/133 (132 leniently)
// since a request to this machine is one level lower, as in JavaScript: `requests.get("https://127.0.0.1:8443/…",
// verify=False)` in tests/test_carrier.py:21, already lowered for a test file, is an information finding
// (shown with --include-info), which the key expected at its lowered level.
it('finds at least 98 % of the second blind set\'s problems with at most 1 false positive (99 % and none leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind2'), 'python blind eval 2', { recall: 0.98, falsePositives: 1 }, (m) => t.diagnostic(m), { recall: 0.99, falsePositives: 0 });
});

// The third (61 files, another tester, 2026-12-06 evening): Django, Flask, FastAPI, Celery, a hook
// class hierarchy, argparse, boto3 and the queue/database clients; RESULTS.md has the first run
// (118/129) and what was judged after it: three of the four false positives are placements the
// earlier sets' keys put where tlslint does, the fourth a CBC-SHA1 suite the key does not list.
// One decoy became an expectation in session 14 (answers.txt says why): a settings class's
// `pricing_verify_tls: bool = False` that another module reads as `settings.pricing_verify_tls`.
it('finds at least 98 % of the third blind set\'s problems with at most 3 false positives (all and 1 leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind3'), 'python blind eval 3', { recall: 0.98, falsePositives: 3 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 1 });
});

// The fourth (47 files, another tester, 2026-12-06 evening, after the third was fixed): crawlers,
// Tornado/Sanic/Pyramid services, click CLIs, an SDK with Session subclasses, mail processors,
// deploy scripts, TLS servers, websockets, gRPC, Kafka, Redis Sentinel, MySQL, notebooks.
// 104/113 since a Kafka config chosen in an if/else is read in each branch (harbor/queue/kafka_consumer.py:24).
it('finds at least 94 % of the fourth blind set\'s problems with at most 10 false positives (all and 1 leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind4'), 'python blind eval 4', { recall: 0.94, falsePositives: 10 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 1 });
});

// The fifth (45 files, another tester, 2026-12-06 night, after the fourth was fixed): FastAPI with
// httpx, Celery, SQLAlchemy/psycopg, ldap3, mail, FTPS, boto3, kafka-python, RabbitMQ, MQTT, urllib,
// asyncio, pyOpenSSL, Twisted, an SDK with adapters; first run 103/114 with 3 false positives.
// Fixed since: subclass class attributes a base class's method reads for the protocol and cipher
// tables and for an attribute write (`s.verify = self.verify_ssl`); a pyOpenSSL client with its own key
// made by a factory (its accept-all callback was taken for a server's). Two deprecations on the
// call of an unverified client context are `overlap` in the key since (RESULTS.md); a socket
// wrapped without server_hostname on a context a function of the file returns; verify= from a
// helper that returns False when an environment switch says so: 109/112.
// Since: 104/114 with 2 strictly (its H9 key is at set_verify(), where tlslint reports it now),
// 106/114 with none leniently.
it('finds at least 98 % of the fifth blind set\'s problems with at most 2 false positives (all and none leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind5'), 'python blind eval 5', { recall: 0.98, falsePositives: 2 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 0 });
});

// The sixth (55 files, another tester, 2026-12-06 night): an Airflow-style provider, a Home-Assistant
// integration, an Ansible-style module, an exporter, a deploy tool, XML-RPC/SOAP, pymssql/pyodbc,
// Cassandra, gRPC aio, websocket-client, python-ldap, aiosmtplib; first run 103/121 with 1 false positive.
// 104/121 since a subclass's attribute read by the base's `session.verify = self.verify_ssl` counts.
// Since: 104/121 strictly, 106/121 with no false positive leniently. Its key alone puts the pyOpenSSL
// client's missing name check (H9) on the Connection line ("could be set_verify"); the second to
// fifth sets' keys put it on set_verify(), where tlslint reports it with the Connection as a related
// place: strictly that is a miss and a false positive here, hence 2 strict false positives.
// Then 113/121: a parameter's annotation (`session: aiohttp.ClientSession`) and a helper's return
// annotation name what the object is; `self.options = options or Options()` has the class's defaults;
// an `if DEBUG: EMAIL_HOST = "localhost"` holds only under its condition; a weak suite appended to
// an unknown base is enabled; `str(KEYLOG)` is the path it is given; a Kafka config merged from
// dicts in an if/else is read in each branch. 114/121: a match_hostname() in another function
// checks another socket than wrap_socket()'s. 115/121 (117 leniently): a lookup's constant default
// filling a DSN f-string (`sslmode={extras.get("sslmode", DEFAULT_SSLMODE)}`) is reported where
// the default is written (acme_provider/hooks/warehouse.py:7); with the project model, a settings
// dict of crawler/config.py splatted into session.get() in fetch.py is reported where it is written
// (acme_sdk/client.py:30 still needs a class of another module followed into its constructor):
// 116/121 (118 leniently) with both.
it('finds at least 95.8 % of the sixth blind set\'s problems with at most 2 false positives strictly (97.5 % and none leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind6'), 'python blind eval 6', { recall: 0.958, falsePositives: 2 }, (m) => t.diagnostic(m), { recall: 0.975, falsePositives: 0 });
});

// The seventh (52 files, another tester, 2026-12-06 night): a Django shop, a Flask app, an
// Airflow-style provider, a certprobe CLI, a scraper, an asyncio/queue service, mail and report
// jobs, DB and queue clients, pyOpenSSL/Twisted/raw ssl and tests with a conftest; first run 125/131
// strictly (127 leniently). Its two findings outside the key: a multi-line f-string DSN reported at
// its first line, and the deprecation of ssl.wrap_socket() the key left out (RESULTS.md: right);
// strictly, the two placements the key allowed elsewhere (IS_PROD's line, the login()) count too.
// 128/131 (130 leniently) since a conditional in an f-string or `+` of a cipher string is each of
// its branches (certprobe/ciphers.py:28), a DSN template's sslmode filled by a constant argument of
// `.format`/`%` is reported at that argument (dbq/pg_listen.py:9), and an IMAP login handed to a
// helper only after it is reported (reports/imap_fetch.py:28). 129/131 (131 leniently) since a
// computed DSN is reported at the text that sets the parameter when written once: the second line
// of an implicitly concatenated f-string (acme_provider/hooks/postgres.py:17). The one false
// positive left leniently is the wrap_socket() deprecation the tester judged right.
it('finds at least 98.4 % of the seventh blind set\'s problems with at most 3 false positives strictly (all and 1 leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind7'), 'python blind eval 7', { recall: 0.984, falsePositives: 3 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 1 });
});

// The eighth (89 files in 10 packages, another tester, 2026-12-06 night, scored after the night's
// merges; its own pyproject.toml files and a .tlslintrc.json for a Python 2.7 plugin): first run
// 145/152 strictly, 148 leniently, no decoy reported; two expectations the tester judged wrong
// after the run (a local match_hostname, a Twisted keyword that does not exist: `wrong` lines,
// which the scorer now takes back).
// Strictly unmatched: an opt-in `s.verify = False` under a --insecure flag of another file (noted
// debatable before the run) and a 3DES suite added by `"%s:%s" % (MODERN, …)` reported at the
// shared set_ciphers() helper instead of its constant (RESULTS.md).
// 145/150 strictly with 5 findings outside the key (three of them the placements leniently met),
// 148/150 leniently with 2. 146/150, 149/150 since a pyOpenSSL factory's call inline in
// `SSL.Connection(_context(), sock)` is the connection's context (securechan/vault_link.py:12, H9).
// 147/150 with 4, 150/150 with 1 leniently since a suite a `%`-built constant adds is reported in
// the literal that writes it (securechan/ciphers.py:7).
it('finds at least 98 % of the eighth blind set\'s problems strictly with 4 unmatched findings (all and 1 leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind8'), 'python blind eval 8', { recall: 0.98, falsePositives: 4 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 1 });
});


// The ninth (88 files in 10 packages, another tester, 2026-12-07, scored with main's build): first
// run 119/133 strictly, 124/133 leniently, no decoy of 152 reported (RESULTS.md). Its misses: a
// subclass in another module overriding a class attribute the base reads (a flag, a lookup's
// default, a whole options dict splatted), a relative star import, an annotated class field's
// default, `DEFAULT:` plus a named 3DES suite, an item write of a lookup's default into a splatted
// dict, a DSN returned by a method, a pyOpenSSL client connection to a host parameter without SNI.
// Strictly, its five values of settings modules are reported where written (the key: at the use).
// 126/133 strictly, 131/133 leniently since: a lookup's constant default is the value when the
// mapping lacks the key (also falling back to a subclass's attribute), a subclass's options dict a
// base splats, a subclass of a class of another module, a relative star import, a dataclass field,
// a DSN's lookup default and a method's returned DSN (T8), a pyOpenSSL connection handed to
// verify_hostname() only after its handshake. Left: `DEFAULT:DES-CBC3-SHA` (OpenSSL's DEFAULT ends
// in `!COMPLEMENTOFDEFAULT`, which deletes 3DES for good: the named suite is never enabled, so the
// rule stays quiet), and settings.py:4, reported once for its two uses (the lenient score counts
// one expectation a finding).
it('finds at least 94.7 % of the ninth blind set\'s problems strictly (98.4 % and no false positive leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind9'), 'python blind eval 9', { recall: 0.947, falsePositives: 5 }, (m) => t.diagnostic(m), { recall: 0.984, falsePositives: 0 });
});

// The tenth (66 files in 10 packages, another tester, written during session 12 and scored only after
// that night's merges, 2026-12-07): first run 98/110 strictly (89.1 %), 101/110 leniently, no
// finding on any of its 129 decoys; the tester then took back two keys (`wrong` lines: a 3DES suite
// after DEFAULT, which the `!` of DEFAULT deletes for good, and a cipher string reported where the
// option uses it). Its misses (RESULTS.md): values crossing modules the pages do not promise, a
// session returned by a function, `session or boto3.session.Session()`, a helper passing `**extra`.
// Now 98/108 strictly, 101/108 leniently; the two unmatched findings left leniently are a cipher
// string reported at its option (the key's taken-back line) and a DSN reported at its call.
// 100/108 strictly, 103/108 leniently since a function's returned session (scraper/http.py:44) and
// `session or boto3.session.Session()` (cloudops/aws.py:42) have their class; 101/108, 104/108 since
// a helper's `**extra` holds what its callers pass (dataclients/tlsdefaults.py:13, through functools.partial);
// 102/108 with 4, 105/108 with 1 leniently since a DSN template's sslmode filled by a constant
// `.format` argument is reported at that argument (streamsvc/db.py:14). 103/108 strictly since a
// deployment comparison is reported at each option that reads it (as in JS). 104/108 strictly,
// 106/108 leniently since a module-level instance's attribute is read from the module that binds it
// (streamsvc/config.py:14: a pydantic default reaching paho's tls_insecure_set() in mq.py).
it('finds at least 96.2 % of the tenth blind set\'s problems with at most 3 unmatched findings strictly (98.1 % and 1 leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind10'), 'python blind eval 10', { recall: 0.962, falsePositives: 3 }, (m) => t.diagnostic(m), { recall: 0.981, falsePositives: 1 });
});

// The twelfth (91 files in 10 packages, another tester, written and scored on main during session 13,
// 2026-12-07; frameworks and settings objects: Django settings split by environment, FastAPI with
// pydantic settings and injected httpx clients, Airflow-style hooks, Scrapy, Flask-Mail, asyncio
// streams, pyOpenSSL/Twisted, Ansible-like modules for Python 2 and 3, a data pipeline): first run
// 95/109 strictly (87.2 %), 96/109 leniently, 1 false positive (a pyOpenSSL client to a parameter
// named `ip` without SNI, which the tester then made debatable); after the tester's five corrections
// (answers.firstrun.txt is the key as first written; RESULTS.md says why) 100/110 strictly, 101/110
// leniently, no decoy reported. 104/110 and 105/110 since a `try`/`except ImportError` pair with
// Python 2's name for a renamed module is the Python 3 module (opskit: four findings); 105/110 and
// 106/110 since Twisted's `ssl.SSL` is pyOpenSSL's SSL (certwatch). Left (RESULTS.md): a subclass in
// another module setting verify_ssl, a **kwargs chain into a Session subclass, urllib3
// PoolManager(ciphers=) (urllib3 2.3.0's pools take no such keyword: neither poolmanager.py's
// SSL_KEYWORDS nor HTTPSConnection.__init__ names it, so the connection fails; quiet is right), a
// pyOpenSSL client context from a helper without set_verify. The two unmatched findings are on
// lines the key calls debatable (this scorer counts every unmatched finding): the SNI of a client to
// a parameter named `ip`, and verify=False on httpx to a plain-http local URL (strictly one more: a
// certificate finding reported at the call with the key's line as its related place). Since session
// 19 one more finding on a debatable line, not counted: a click `--insecure` opt-in passed to a helper
// of another module (fleetctl/cli.py:24), reported as the same call in one file is.
it('finds at least 95.4 % of the twelfth blind set\'s problems strictly (96.3 % leniently), unmatched findings only on its debatable lines', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind12'), 'python blind eval 12', { recall: 0.954, falsePositives: 3 }, (m) => t.diagnostic(m), { recall: 0.963, falsePositives: 2 });
});

// The thirteenth (86 files in 10 packages, another tester, written during session 14 and scored on
// main at the session's start, 06eb759; operations and tooling code: internal CLIs whose argparse and
// click flags and config files decide verification, Python 2-era shims, process-wide switches, raw
// ssl, the stdlib mail and FTP clients, asyncio, queue, database and cloud clients, pyOpenSSL and
// Twisted): first run 156/158 strictly and leniently (98.7 %), no finding on any of its 174 decoys
// (answers.firstrun.txt); after the tester's one correction (a kombu Connection(ssl=...) line moved
// from debatable to expected) 157/159. 159/159 since an argparse store_true flag is an explicit
// opt-in (opsctl/cli.py) and an ftplib.FTP constructor that logs in is reported when its connection
// is returned (mailjobs/ftp_drop.py).
it('finds every problem of the thirteenth blind set with no false positive', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind13'), 'python blind eval 13', { recall: 1, falsePositives: 0 }, (m) => t.diagnostic(m));
});

// The fourteenth (90 files in 11 packages, another tester, written and scored during session 15 on
// the lead's build: FastAPI/DRF services with pydantic-settings and django-environ, async clients,
// SQLAlchemy 2.0, Celery, requests Session subclasses and adapters, OAuth clients, SDK wrappers,
// boto3/botocore, gRPC, pytest fixtures): first run 109/111 strictly and leniently (98.2 %), no
// finding on any of its 177 decoys (answers.firstrun.txt); 109/110 after the tester's one correction
// (a returned pyOpenSSL connection the page keeps quiet, made debatable); 110/110 since a
// constructor's parameter stored as `self.session.verify` takes the values the file's
// `LedgerClient(…, verify=False)` calls pass (billing-drf). The one unmatched finding is on a
// debatable line (a pytest fixture's tls_insecure_set(True) to a local broker, reported as a test
// file's warning), which this scorer counts. Since session 18 (a for loop's names hold in its body,
// each element of a table it walks): ops-cli's version scanner sets `minimum_version` and
// `maximum_version` to each of PROBES' versions, TLSv1 among them, reported at the two writes; the
// key left the table's TLSv1 line debatable (a scanner probes old versions on purpose).
it('finds every problem of the fourteenth blind set with at most 3 unmatched findings (a debatable line, a version scanner)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind14'), 'python blind eval 14', { recall: 1, falsePositives: 3 }, (m) => t.diagnostic(m));
});

// The seventeenth (110 files in 13 infrastructure and security-tooling packages, another tester,
// written and scored during session 17 on main at the start, 1c90f90: network automation, a
// Kubernetes operator, a certificate-expiry exporter, a Home-Assistant style IoT integration, a
// SIEM shipper, a scanner's HTTP layer, a Vault/Consul client, zeep, mail alerting, ETL, a
// pyOpenSSL/Twisted/asyncio proxy, Django settings, CLIs with --insecure flags): first run 108/112
// strictly (96.4 %), 109/112 leniently, no finding on a decoy (answers.firstrun.txt); one key
// moved to where the page puts the finding (the login after a conditional STARTTLS). Since session 19
// one more finding on a debatable line, not counted: a test's `make_session(verify=False)` of a
// helper in another module (erpsoap/tests/test_transport.py:9, a test file's warning).
it('finds at least 97 % of the seventeenth blind set with at most 3 unmatched findings (on debatable lines)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind17'), 'python blind eval 17', { recall: 0.97, falsePositives: 3 }, (m) => t.diagnostic(m));
});

// The nineteenth (69 files in 10 finance, telecom and scientific packages, another tester, written
// and scored during session 17 on the lead's build 063c317: a FIX-over-TLS gateway, a market-data
// feed, a bank-statement importer, telecom OSS tools, notebook-style analysis, Flask/Quart,
// Twisted/pyOpenSSL, a Python 2/3 compatibility module, Django): first run 107/114 (93.9 %) with no
// finding on a decoy (answers.firstrun.txt); 109/110 after the tester's corrections (two email
// settings keyed where the page leaves the line open, four 2.7-era calls made debatable). Since: a
// session's verify from another module's dataclass default is placed at the default (mdfeed).
it('finds every problem of the nineteenth blind set with no unmatched finding', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind19'), 'python blind eval 19', { recall: 1, falsePositives: 0 }, (m) => t.diagnostic(m));
});

// The twentieth (79 files in 12 DevOps, SRE and security-automation packages, another tester,
// written and scored during session 18 on the lead's build eae9cc99: Ansible-style modules, Vault,
// Consul, Kubernetes and Prometheus clients, Nagios checks, backups over FTP_TLS and boto3, log
// shippers, chat-ops bots, LDAP sync, Artifactory tooling, a pyOpenSSL/Twisted gateway): first run
// 116/119 strictly (97.5 %), 117 leniently, no finding on a decoy (answers.firstrun.txt); three
// debatable lines keyed after the run where the pages support them (RESULTS.md). One miss is the
// key's: `set_ciphers('DEFAULT:DES-CBC3-SHA')` enables no 3DES, since DEFAULT's
// `!COMPLEMENTOFDEFAULT` deletes the not-default suites for good (checked with OpenSSL 3.0.19:
// `DEFAULT:AECDH-AES128-SHA:@SECLEVEL=0` lists no AECDH suite, `HIGH:…` two).
it('finds at least 97 % of the twentieth blind set with at most 2 unmatched findings (a debatable flag, the login after a conditional STARTTLS)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind20'), 'python blind eval 20', { recall: 0.97, falsePositives: 2 }, (m) => t.diagnostic(m));
});

// The twenty-first (75 files in 10 SaaS, data-tooling and CLI packages, another tester, written to
// probe past the catalogue's examples and scored during session 18 on the lead's build 57bbbea6:
// settings subclasses, dataclass and pydantic defaults, `dict(defaults, **overrides)`, partials,
// context-manager session builders, argparse flags handed to other modules, configparser values):
// first run 99/117 strictly (84.6 %), 100 leniently, no finding on a decoy (answers.firstrun.txt); one
// key made debatable after the run (a 3DES suite after DEFAULT, which OpenSSL keeps out).
// 108/116 (93.1 %) since session 19's value shapes: getattr's default on Django's settings returned by
// a helper (ledger.py:6), a dataclass's default_factory dict spread from another module (config.py:36)
// and a subclass's class attribute read through a parameter its caller passes `LegacyCephConfig()` (config.py:14).
// 110/116 (94.8 %) with session 19's flows: a `@contextmanager` helper of another module called with
// verify=False (opsctl deploy.py) and `r.session.verify = False` on an instance of the file's class (webhooks.py).
it('finds at least 94.8 % of the twenty-first blind set with at most 2 unmatched findings', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind21'), 'python blind eval 21', { recall: 0.948, falsePositives: 2 }, (m) => t.diagnostic(m));
});

// The twenty-second (72 files in 11 healthcare-integration, logistics/IoT and research-lab packages,
// another tester probing past the catalogue, scored during session 18 on the lead's build 879b74a5):
// first run 101/121 strictly (83.5 %), 102 leniently, one false alarm (a TLSv1 minimum raised again
// after the context's own set-up, fixed the same day) (answers.firstrun.txt); 103/117 (88.0 %) after
// the tester's four corrections (RESULTS.md).
// This scorer is strict (87.2 %): its 4 unmatched findings are two on the key's debatable lines, a
// deprecation beside the expected finding on one call, and a host-name finding a line above its key.
// 111/118 (94.1 %) since session 19's value shapes: a property's return, a base's @classmethod reading
// cls.min_tls/cls.ciphers, a ":".join cipher list, getattr on a settings module that lacks the name,
// configparser fallbacks (the debatable kafka_ingest.py:46 keyed, as the pages now report it), a
// pydantic subclass's field read through es_from(ColdStorageElasticConfig()), and a dataclass
// subclass held by field(default_factory=VendorSandboxSettings) read in another module. 117/118
// (99.2 %) with session 19's flows: a helper of another module given an argparse opt-in (lab_tools
// cli.py), redis' ssl_check_hostname=False through a helper's **overrides (cache.py), a subclass's
// class-body cert_reqs read by the base's self.tls_set() (mqtt_bridge.py), a Session subclass's
// super().__init__(verify_tls=False) (sessions.py), a nested DATABASES item write's sslmode and
// EMAIL_USE_TLS = False with the star-imported base's password (logistics staging.py). The debatable
// lines not counted, 2 unmatched findings are left.
it('finds at least 99 % of the twenty-second blind set with at most 2 unmatched findings', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind22'), 'python blind eval 22', { recall: 0.99, falsePositives: 2 }, (m) => t.diagnostic(m));
});

// The twenty-third (85 files in 11 media/publishing, education, open-data, insurance, travel,
// sports-data and print-fulfilment packages, probing past the pages; 133 keys, 139 decoys), written
// and scored during session 19 on main at the session's start (57ac6d9c): first run 129/133 strictly
// (97.0 %), 129 leniently, one false alarm (answers.firstrun.txt); 130/130 after the tester's
// corrections (RESULTS.md: two mail passwords the pages do not place, info-level findings hidden by
// default, a concatenated cipher string reported at the option). The false alarm: an argparse
// store_true flag with `default=False` written out, reported "(when args.skip_tls_check)" as an
// unknown switch; it is now the explicit opt-in its twin without the default is, and the lead moved
// that decoy to an expectation (answers.txt says why).
it('finds every problem of the twenty-third blind set with no false positive (findings on its debatable lines not counted)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind23'), 'python blind eval 23', { recall: 1, falsePositives: 0 }, (m) => t.diagnostic(m));
});

// The twenty-fourth (80 files in 11 trading-bot, bioinformatics, network-automation, ETL, home-hub,
// security-scanner, chat-ops and billing packages, probing past the pages; 128 keys, 132 decoys),
// written and scored during session 19 on the lead's build after the day's Python merges (7bb6e3fc):
// first run 125/128 strictly (97.7 %), 126 leniently, one false alarm (answers.firstrun.txt); 126/126
// leniently after the tester's corrections (two mail passwords the pages do not place, RESULTS.md).
// The false alarm was the argparse `default=False` flag: the tester read main's page, which still said
// such a flag stays unknown; the lead moved it to an expectation (answers.txt says why). Unmatched
// findings left (no decoy among them): the two mail settings blocks reported at `EMAIL_USE_TLS = False`
// / `MAIL_USE_TLS = False` while the key, after the tester's correction, leaves the password lines
// debatable (the finding now names the password line as related), and strictly the optional
// STARTTLS reported at its login() (its `if` line related).
it('finds every problem of the twenty-fourth blind set leniently (99 % strictly), its unmatched findings only the mail settings blocks', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind24'), 'python blind eval 24', { recall: 0.99, falsePositives: 3 }, (m) => t.diagnostic(m), { recall: 1, falsePositives: 2 });
});

// The eighteenth (107 files in 13 web-backend and data/ML packages, another tester, written and
// scored during session 17 on the lead's build 4ef4a80: FastAPI with pydantic settings and httpx
// factories, Django REST settings per environment, Celery/kombu, SQLAlchemy/psycopg/asyncpg, MinIO
// through boto3, gRPC, websockets, mail and FTP jobs, a pyOpenSSL probe with a vendored _compat.py,
// Twisted): first run 105/111 strictly (94.6 %), 106/111 leniently, no finding on a decoy
// (answers.firstrun.txt); one key made debatable (a branch no supported Python runs). The two
// unmatched findings: a test's CERT_NONE on a debatable line, and a dataclass default reported at
// its use with the field as related (datapipe: the key wants it at the field). 109/110 since
// (session 17): an item write into Django's DATABASES is an entry (drf-orders), a feature test's
// live branch is code like any other (tlsprobe), `verify=not insecure` is reported at the caller
// passing True (pricewatch), and a subclass file setting `default_verify` is read for its base
// (mlplatform). The one miss is the datapipe field above.
it('finds at least 99 % of the eighteenth blind set with at most 2 unmatched findings', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind18'), 'python blind eval 18', { recall: 0.99, falsePositives: 2 }, (m) => t.diagnostic(m));
});

// The sixteenth (92 files in 12 packages, another tester, written and scored during session 16 on
// the lead's build 61540dd: an internal requests/httpx wrapper library, a Django project with split
// settings, Flask config classes, a Scrapy-style crawler, notebook scripts, Twisted/pyOpenSSL and
// asyncio, mail jobs, queue and database clients, vendored code): first run 113/115 (98.3 %) with
// one finding on a decoy (answers.firstrun.txt); 116/117 with that one after the tester's three
// corrections. Since: a child's SSLKEYLOGFILE written under a debug flag is quiet (opsctl), and a
// file that sets only `verify_ssl = False` in a subclass of another module's class is read for
// its base (crawler). Since session 19 one finding on a debatable line, not counted: `s3(verify=False)`
// of a helper in another module (analysis/04_minio_features.py:19; the key left it open only because
// the page then described helpers of the same file).
it('finds every problem of the sixteenth blind set with no false positive', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind16'), 'python blind eval 16', { recall: 1, falsePositives: 0 }, (m) => t.diagnostic(m));
});

// The fifteenth (84 files in 11 ops and data-tooling packages, another tester, written and scored at
// session 16's start on main 330bd94: certificate checkers, mail reports, ETL, directory sync, IoT,
// Airflow plugins, Ansible-like modules, asyncio relays, pyOpenSSL/Twisted, requires-python 2.7 in
// one): first run 122/127 strictly (96.1 %), 123/127 leniently, one finding on a decoy that the
// tester's corrections made debatable (answers.firstrun.txt); 123/127 with none after the two
// corrections; 127/127 since set_ciphers() is read on any receiver (certwatch), a lookup with a
// default on what an imported API returns is one (Airflow's extra_dejson, two), and a subclass of
// another module setting verify_ssl is read (airflow_plugins). The four unmatched findings are on
// debatable lines.
it('finds every problem of the fifteenth blind set with at most 4 unmatched findings (on debatable lines)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind15'), 'python blind eval 15', { recall: 1, falsePositives: 4 }, (m) => t.diagnostic(m));
});

// The eleventh (90 files in 10 packages, another tester, written during session 13 and scored only
// after the morning's merges, GO at 04:37 UTC on 7ca2e31): first run 121/129 strictly (93.8 %),
// 123/129 leniently (95.3 %), no finding on any of its 143 decoys (answers.firstrun.txt); after the
// tester's corrections (a finding's place the Python page leaves open, five deprecations its page
// says are not reported for a Python 2.7 target; RESULTS.md) 120/124 and 122/124. Left: a subclass
// in another module setting verify_ssl (scraper; a file with no TLS word that the pre-filter skips).
// 121/124 and 123/124 since a click command's `--insecure` flag is an explicit opt-in (cloudops).
// The three findings leniently unmatched are on lines the tester judged debatable (Elasticsearch's
// verify_certs=False to a local http:// URL, two deprecations in its Python 2.7 package); strictly two
// more are reported one line from the key's (a DSN's sslmode, a context's check_hostname).
it('finds at least 97.5 % of the eleventh blind set\'s problems strictly (99.1 % leniently)', (t) => {
  assertKeyedSet(path.join(EVAL, 'python-blind11'), 'python blind eval 11', { recall: 0.975, falsePositives: 5 }, (m) => t.diagnostic(m), { recall: 0.991, falsePositives: 3 });
});
