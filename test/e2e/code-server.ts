// Starts and stops code-server for the editor tests: its own process group, its own folders
// (nothing written under the home folder), bound to a free port on 127.0.0.1.

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { codeServerBin } from './tools';

export interface CodeServerDirs {
  /** A fresh folder for everything code-server writes: config, logs, caches. */
  readonly scratch: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
}

export interface CodeServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  /** "127.0.0.1:PORT", the authority of vscode-remote:// addresses on this server. */
  readonly authority: string;
  stop(): Promise<void>;
}

export function dirsIn(scratch: string, userDataDir?: string, extensionsDir?: string): CodeServerDirs {
  return {
    scratch,
    userDataDir: userDataDir ?? path.join(scratch, 'user-data'),
    extensionsDir: extensionsDir ?? path.join(scratch, 'extensions'),
  };
}

function commonArgs(dirs: CodeServerDirs): string[] {
  return [
    '--user-data-dir',
    dirs.userDataDir,
    '--extensions-dir',
    dirs.extensionsDir,
    '--config',
    path.join(dirs.scratch, 'config.yaml'),
  ];
}

function env(dirs: CodeServerDirs): NodeJS.ProcessEnv {
  for (const d of ['config', 'data', 'cache']) mkdirSync(path.join(dirs.scratch, 'xdg', d), { recursive: true });
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.scratch, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(dirs.scratch, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(dirs.scratch, 'xdg', 'cache'),
  };
}

/** `code-server --install-extension FILE`: installs a packaged .vsix into dirs.extensionsDir. */
export function installExtension(vsix: string, dirs: CodeServerDirs): string {
  return execFileSync(codeServerBin(), [...commonArgs(dirs), '--install-extension', vsix], {
    env: env(dirs),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function startCodeServer(
  dirs: CodeServerDirs,
  log: (line: string) => void = () => {},
): Promise<CodeServer> {
  const child = spawn(
    codeServerBin(),
    [
      '--bind-addr',
      '127.0.0.1:0',
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...commonArgs(dirs),
    ],
    // detached: a process group of its own, so that stop() ends its file watcher and
    // extension hosts too, and nothing else.
    { detached: true, env: env(dirs), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = stopper(child);
  process.once('exit', () => killGroup(child, 'SIGKILL'));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer): void => {
        output += chunk.toString('utf8');
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(line);
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m) resolve(m[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code, signal) =>
        reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`)),
      );
    });
    await healthy(origin);
    return { origin, authority: new URL(origin).host, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

function healthy(origin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}/healthz`, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else reject(new Error(`code-server /healthz answered ${res.statusCode}`));
      })
      .on('error', reject);
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        // The watcher and extension host processes share the group; end any left.
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // all gone
        }
        resolve();
      });
      killGroup(child, 'SIGTERM');
    });
}
