// What the plugin's runs in ESLint and oxlint are compared with: the CLI's (file, line, rule) set
// on the same tree, for the files the plugin lints. The CLI also reads project files (package.json,
// Dockerfile, YAML, .env); those are not ESLint's to lint, so they are left out here.
import { languageOf } from '../../server/src/linter/index.js';
import { run } from '../helpers/cli.js';

export async function cliJsKeys(dir: string): Promise<string[]> {
  const r = await run(['--format', 'json', '.'], dir);
  const json = JSON.parse(r.stdout) as Array<{ filePath: string; findings: Array<{ line: number; ruleId: string }> }>;
  return json.flatMap((f) => (languageOf(f.filePath)?.id === 'js' ? f.findings.map((x) => `${f.filePath}:${x.line}:${x.ruleId}`) : [])).sort();
}
