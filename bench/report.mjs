// The goals of the speed issue, judged on a run's results, and the run as Markdown (bench/run.mjs).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const tool = (corpus, id) => corpus?.tools.find((t) => t.id === id);
const wall = (corpus, id) => median(tool(corpus, id)?.times ?? [NaN]);
const peak = (corpus, id) => Math.max(...(tool(corpus, id)?.peaks ?? [NaN]));
const s = (ms) => (ms / 1000).toFixed(2);

export function goals(results) {
  const big = results.corpora.find((c) => c.name === 'big');
  const tls = results.corpora.find((c) => c.name === 'tls');
  const py = results.corpora.find((c) => c.name === 'python');
  const stdlib = results.corpora.find((c) => c.name === 'python-stdlib');
  const e = results.editor;
  const out = [];
  // A goal is judged only when every tool it compares was measured (bench/run.mjs --tools).
  const goal = (id, text, measured, met) => {
    if (!measured.includes('NaN')) out.push({ id, text, measured, met });
  };
  if (big) {
    goal('big-oxlint', 'Big corpus: tlslint wall ≤ oxlint\'s, one thread each', `tlslint ${s(wall(big, 'tlslint-1'))} s, oxlint ${s(wall(big, 'oxlint-1'))} s`, wall(big, 'tlslint-1') <= wall(big, 'oxlint-1'));
    const r = wall(big, 'tlslint-1') / wall(big, 'floor-parse');
    goal('big-floor', 'Big corpus: tlslint ≤ 0.3× the parse-only floor', `${r.toFixed(3)}×`, r <= 0.3);
    goal('big-rss', 'Big corpus: peak RSS ≤ 250 MB', `${peak(big, 'tlslint-1').toFixed(0)} MB (--jobs 1), ${peak(big, 'tlslint-2').toFixed(0)} MB (--jobs 2)`, peak(big, 'tlslint-1') <= 250);
  }
  if (tls) {
    const r = wall(tls, 'tlslint-1') / wall(tls, 'floor-walk');
    goal('tls-floor', 'TLS-heavy corpus: tlslint ≤ 0.8× the parse+walk floor, single job', `${r.toFixed(2)}×`, r <= 0.8);
    goal('tls-rss', 'TLS-heavy corpus: peak RSS ≤ 300 MB, single job', `${peak(tls, 'tlslint-1').toFixed(0)} MB`, peak(tls, 'tlslint-1') <= 300);
    const x = wall(tls, 'eslint') / wall(tls, 'tlslint-1');
    goal('tls-eslint', 'TLS-heavy corpus: ≥ 10× faster than ESLint + sonarjs', `${x.toFixed(1)}×`, x >= 10);
    const j = wall(tls, 'tlslint-1') / wall(tls, 'tlslint-2');
    goal('tls-jobs', 'TLS-heavy corpus: --jobs 2 ≥ 1.6× faster than --jobs 1', `${j.toFixed(2)}×`, j >= 1.6);
  }
  if (py) {
    const ratio = (id) => `${(wall(py, id) / wall(py, 'tlslint-1')).toFixed(1)}× in wall time, ${(cpu(py, id) / cpu(py, 'tlslint-1')).toFixed(1)}× in CPU time`;
    goal('py-bandit', 'Python corpus: ≥ 20× faster than Bandit', ratio('bandit'), wall(py, 'bandit') / wall(py, 'tlslint-1') >= 20);
    goal('py-ruff', 'Python corpus: faster than Ruff\'s S rules (WebAssembly), one thread each', `tlslint ${s(wall(py, 'tlslint-1'))} s (${s(cpu(py, 'tlslint-1'))} s CPU), Ruff ${s(wall(py, 'ruff'))} s (${s(cpu(py, 'ruff'))} s CPU)`, wall(py, 'tlslint-1') < wall(py, 'ruff'));
    goal('py-rss', 'Python corpus: peak RSS ≤ 250 MB', `${peak(py, 'tlslint-1').toFixed(0)} MB (--jobs 1), ${peak(py, 'tlslint-2').toFixed(0)} MB (--jobs 2)`, peak(py, 'tlslint-1') <= 250 && !(peak(py, 'tlslint-2') > 250));
  }
  if (stdlib) {
    const r = wall(stdlib, 'tlslint-1') / wall(stdlib, 'floor-parse');
    goal('py-floor', 'Standard library: tlslint ≤ 0.3× the tree-sitter parse floor', `${r.toFixed(2)}× in wall time, ${(cpu(stdlib, 'tlslint-1') / cpu(stdlib, 'floor-parse')).toFixed(2)}× in CPU time`, r <= 0.3);
  }
  if (e) {
    const r = e.editP95Ms / e.fullParseMs;
    goal('editor', 'Editor: p95 edit-to-diagnostics compute ≤ 0.25× a full parse of the 10,000-line file', `p95 ${e.editP95Ms.toFixed(1)} ms vs full parse ${e.fullParseMs.toFixed(1)} ms: ${r.toFixed(2)}×`, r <= 0.25);
  }
  return out;
}

const TITLES = { big: 'Big corpus', tls: 'TLS-heavy corpus', python: 'Python corpus', 'python-stdlib': 'Python standard library (Lib/ of the Python corpus)' };

function corpusTable(c) {
  const base = tool(c, 'floor-parse') ? wall(c, 'floor-parse') : NaN;
  const mine = wall(c, 'tlslint-1');
  const rows = c.tools.map((t) => {
    const m = median(t.times);
    const files = t.id === 'eslint' ? c.jsFiles : c.files;
    const linted = t.linted === undefined ? '' : t.linted.toLocaleString('en');
    return `| ${t.label} | ${linted} | ${s(m)} | ${s(Math.min(...t.times))}–${s(Math.max(...t.times))} (${t.times.length}) | ${s(median(t.cpu))} | ${Math.round(files / (m / 1000))} | ${(c.bytes / 1e6 / (m / 1000)).toFixed(1)} | ${Math.max(...t.peaks).toFixed(0)} | ${Number.isNaN(base) ? '—' : (m / base).toFixed(3)} | ${(m / mine).toFixed(2)} |`;
  });
  return [
    `### ${TITLES[c.name] ?? c.name}: ${c.files.toLocaleString('en')} files, ${(c.bytes / 1e6).toFixed(1)} MB${c.name.startsWith('python') ? '' : ` (${c.jsFiles.toLocaleString('en')} JavaScript)`}`,
    '',
    `tlslint: ${c.findings} findings in ${c.filesWithFindings} files${c.sameReportJobs1And2 === undefined ? '' : `; --jobs 2 report ${c.sameReportJobs1And2 ? 'identical to' : 'DIFFERENT from'} --jobs 1`}${c.sameReportCache === undefined ? '' : `; --cache reports (cold and warm) ${c.sameReportCache ? 'identical to' : 'DIFFERENT from'} the plain run's`}.`,
    ...(tool(c, 'tlslint-cache-warm') ? ['', cacheLine(c)] : []),
    '',
    '| tool | files linted | median wall (s) | min–max (runs) | median CPU (s) | files/s | MB/s | peak RSS (MB) | wall × parse floor | wall × tlslint --jobs 1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

const cpu = (corpus, id) => median(tool(corpus, id)?.cpu ?? [NaN]);

/** The warm --cache run against the plain one, the cold --cache one and oxlint, in wall and CPU time. */
function cacheLine(c) {
  const vs = (id, what) => (tool(c, id) ? `${(wall(c, 'tlslint-cache-warm') / wall(c, id)).toFixed(2)}× ${what} in wall time, ${(cpu(c, 'tlslint-cache-warm') / cpu(c, id)).toFixed(2)}× in CPU time` : undefined);
  const parts = [vs('tlslint-1', 'the plain run'), vs('tlslint-cache-cold', 'the cold `--cache` run (which also hashes every file and writes the cache)'), vs('oxlint', 'oxlint')].filter(Boolean);
  return `A warm \`--cache\` run takes ${s(wall(c, 'tlslint-cache-warm'))} s (${s(cpu(c, 'tlslint-cache-warm'))} s of CPU): ${parts.join('; ')}.`;
}

export function markdown(results) {
  const m = results.machine;
  const lines = [
    `## Results of ${m.date.slice(0, 10)}`,
    '',
    `Machine: ${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}. Load average (1, 5, 15 min) before: ${m.loadBefore}, after: ${m.loadAfter}.`,
    `Command: \`${m.command}\`.`,
    '',
    ...results.corpora.map(corpusTable),
  ];
  const e = results.editor;
  const p = results.editorPython;
  if (p) {
    lines.push(
      `### Editor: ${p.lines.toLocaleString('en')}-line Python file (${(p.bytes / 1e3).toFixed(0)} KB, ${p.diagnostics} diagnostics), ${p.edits} edits`,
      '',
      '| measure | Python ms | TypeScript ms (the file below) |',
      '|---|---:|---:|',
      `| full parse (tree-sitter-python; typescript with parent pointers) | ${p.fullParseMs.toFixed(1)} | ${e ? e.fullParseMs.toFixed(1) : '—'} |`,
      `| full parse + analysis (no incremental re-parse) | ${p.fullLintMs.toFixed(1)} | ${e ? e.fullLintMs.toFixed(1) : '—'} |`,
      ...['Median', 'P95', 'Max'].map((k) => `| edit → diagnostics, ${k.toLowerCase()} | ${p[`edit${k}Ms`].toFixed(1)} | ${e ? e[`edit${k}Ms`].toFixed(1) : '—'} |`),
      ...['Median', 'P95'].map((k) => `| edit → diagnostics, ${k.toLowerCase()}, CPU time | ${p[`editCpu${k}Ms`].toFixed(1)} | ${e?.[`editCpu${k}Ms`]?.toFixed(1) ?? '—'} |`),
      '',
    );
  }
  if (e) {
    lines.push(
      `### Editor: ${e.lines.toLocaleString('en')}-line file (${(e.bytes / 1e3).toFixed(0)} KB, ${e.diagnostics} diagnostics), ${e.edits} edits`,
      '',
      '| measure | ms |',
      '|---|---:|',
      `| full parse (tlslint's: parent pointers set) | ${e.fullParseMs.toFixed(1)} |`,
      `| full parse (\`ts.createSourceFile\` defaults) | ${e.fullParseNoParentsMs.toFixed(1)} |`,
      `| full parse + analysis (no incremental re-parse) | ${e.fullLintMs.toFixed(1)} |`,
      `| edit → diagnostics, median | ${e.editMedianMs.toFixed(1)} |`,
      `| edit → diagnostics, p95 | ${e.editP95Ms.toFixed(1)} |`,
      `| edit → diagnostics, max | ${e.editMaxMs.toFixed(1)} |`,
      '',
    );
  }
  lines.push('### Goals', '', '| goal | measured | met |', '|---|---|---|', ...results.goals.map((g) => `| ${g.text} | ${g.measured} | ${g.met ? 'yes' : '**no**'} |`), '');
  return `${lines.join('\n')}\n`;
}
