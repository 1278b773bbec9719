// Child processes for the e2e runners: each runs in its own process group so that stopping it also
// stops what it started (code-server's extension host, the language server), and nothing else.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';

/**
 * Runs a command to completion. Output goes to the console (prefixed) and, when `log` is given,
 * to that file. Resolves with { code, signal, output, ms }; never rejects on a non-zero exit.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 120_000, prefix = '', log, quiet = false, input } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const file = log ? createWriteStream(log, { flags: 'a' }) : undefined;
    let output = '';
    let timedOut = false;
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      file?.write(text);
      if (!quiet) process.stdout.write(prefix ? text.replace(/^(?=.)/gm, prefix) : text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      file?.end();
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      file?.end();
      if (timedOut) output += `\n[timed out after ${timeoutMs} ms: ${cmd} ${args.join(' ')}]\n`;
      resolve({ code: timedOut ? 124 : code, signal, output, ms: Date.now() - t0 });
    });
  });
}

/** Starts a long-running process (a server) in its own group; output only to `log`. */
export function start(cmd, args, { cwd, env, log }) {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    /** SIGTERM to the group, SIGKILL after `graceMs`. */
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child.pid, 'SIGTERM');
      const t = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
      // The group may outlive its leader (e.g. an extension host still shutting down).
      killGroup(child.pid, 'SIGKILL');
    },
  };
}

export function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `probe` every `everyMs` until it returns a truthy value; throws after `timeoutMs`. */
export async function poll(what, probe, { timeoutMs = 30_000, everyMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
