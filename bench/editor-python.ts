// The Python file of the editor benchmark (bench/editor.ts): 10,000 lines of a service made of
// 50-line modules, each with helpers, a requests session, an ssl context and an SMTP client (one
// module in four insecure), the way bench/editor.ts builds the TypeScript one.

/** One 50-line module: a config class, a retrying HTTP call, a TLS socket, a mail sender. */
function block(i: number): string {
  const insecure = i % 4 === 0;
  return `

class Config${i}:
    def __init__(self, host=None, port=8443, retries=3, tags=()):
        self.host = (host or "service-${i}.internal").strip().lower()
        self.port = port if isinstance(port, int) else 8443
        self.retries = min(retries, 10)
        self.tags = sorted(set(tags) | {"svc-${i}"})


def fetch_status_${i}(cfg, timeout=5.0):
    started = time.monotonic()
    with requests.Session() as session:
        session.headers["User-Agent"] = "svc-${i}"
        for attempt in range(cfg.retries + 1):
            try:
                res = session.get(f"https://{cfg.host}:{cfg.port}/status", timeout=timeout${insecure ? ', verify=False' : ''})
                if res.ok:
                    return time.monotonic() - started
            except requests.RequestException as err:
                log_${i}("retry", err)
                time.sleep(0.1 * 2 ** attempt)
    return -1


def connect_${i}(cfg):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.${insecure ? 'TLSv1' : 'TLSv1_2'}
    ${insecure ? 'context.check_hostname = False' : 'context.check_hostname = True'}
    ${insecure ? 'context.verify_mode = ssl.CERT_NONE' : 'context.verify_mode = ssl.CERT_REQUIRED'}
    raw = socket.create_connection((cfg.host, cfg.port), timeout=30)
    sock = context.wrap_socket(raw, server_hostname=cfg.host)
    log_${i}("connected", sock.version())
    return sock


def send_report_${i}(cfg, body):
    with smtplib.SMTP(cfg.host, 587) as smtp:
        ${insecure ? '' : 'smtp.starttls(context=ssl.create_default_context())\n        '}smtp.login("svc-${i}", os.environ["SMTP_PASSWORD"])
        smtp.sendmail("svc-${i}@example.com", ["ops@example.com"], body)


def log_${i}(event, detail=None):
    if "svc-${i}" in os.environ.get("DEBUG", ""):
        print(f"[svc-${i}] {event}", detail or "", file=sys.stderr)
`;
}

export function makePythonFile(lines: number): string {
  let text = 'import os\nimport smtplib\nimport socket\nimport ssl\nimport sys\nimport time\n\nimport requests\n';
  for (let i = 0; text.split('\n').length < lines; i++) text += block(i);
  return text.split('\n').slice(0, lines).join('\n') + '\n';
}
