// The Python versions a file targets, from the resolved configuration (engine/config: a
// `python.version` key, else `requires-python` of the nearest pyproject.toml).
import type { PythonTarget } from '../../../../rules/python/api.js';
import type { TlslintConfig } from '../../engine/config/types.js';

export function pythonTarget(config: TlslintConfig | undefined): PythonTarget {
  const version = config?.python?.version;
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  if (!m) return {};
  return { min: [Number(m[1]), Number(m[2])], source: config?.python?.source ?? `python.version "${version}"` };
}
