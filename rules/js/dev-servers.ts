// The HTTPS options of a development server's own listener: webpack-dev-server's
// `devServer: { server: { type: 'https', options: { … } } }` (v5) and `devServer: { https: { … } }`
// (v4), Vite's `defineConfig({ server: { https: { … } } })` (and `preview`). They configure the
// server the browser connects to, so `rejectUnauthorized` there is about client certificates, like
// any server's (TLS-FACTS 1.1); the proxies beside them (`proxy: { secure: false }`) are clients and
// are judged as such.
import ts from 'typescript';
import { propertyKey } from './props.js';
import { outermost, unwrap } from './syntax.js';

/** Whether an object literal is a dev server's HTTPS listener options, by where it is written. */
export function isDevServerTls(node: ts.Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const keys: string[] = [];
  let at: ts.Node = node;
  let holder: ts.ObjectLiteralExpression | undefined;
  // The keys from the options up (`options`, `server`, `devServer`), at most four levels.
  for (let i = 0; i < 4 && ts.isPropertyAssignment(at.parent) && ts.isObjectLiteralExpression(at.parent.parent); i++) {
    keys.push(propertyKey(at.parent) ?? '');
    holder = at.parent.parent;
    at = holder;
    if (keys.at(-1) === 'devServer') break;
  }
  const [first, second, third] = keys;
  if (first === 'https' && second === 'devServer') return true;
  if (first === 'options' && second === 'server' && third === 'devServer') return hasHttpsType(node.parent.parent as ts.ObjectLiteralExpression);
  // Vite: `server.https` / `preview.https` of the object given to defineConfig.
  if (first === 'https' && (second === 'server' || second === 'preview') && keys.length === 2 && holder) return givenToDefineConfig(holder);
  return false;
}

function hasHttpsType(server: ts.ObjectLiteralExpression): boolean {
  return server.properties.some((p) => {
    if (!ts.isPropertyAssignment(p) || propertyKey(p) !== 'type') return false;
    const v = unwrap(p.initializer);
    return ts.isStringLiteral(v) && /^(https|spdy|http2)$/.test(v.text);
  });
}

/** Vite's entry points that take a configuration: `defineConfig(…)`, and in a file importing vite, `createServer`/`preview` (also renamed: `createViteServer`). */
const VITE_CONFIG_CALLS = /^(defineConfig|createServer|createViteServer|preview|previewServer)$/;

function givenToDefineConfig(config: ts.ObjectLiteralExpression): boolean {
  const outer = outermost(config);
  const call = outer.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== outer || !ts.isIdentifier(call.expression) || !VITE_CONFIG_CALLS.test(call.expression.text)) return false;
  return call.expression.text === 'defineConfig' || /\bfrom\s*['"]vite['"]|require\(\s*['"]vite['"]\s*\)/.test(call.getSourceFile().text);
}
