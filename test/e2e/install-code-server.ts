// Installs code-server into its own folder (see tools.ts), offline-safe: the only downloads are
// npm packages. Does nothing when the folder is already complete.
//
// Three things make the install work as root without internet beyond the npm registry:
// npm_config_unsafe_perm (its install script refuses root otherwise), npm_config_yes (node-pty
// runs `npx node-gyp`, which would stop to ask), and a pre-filled download cache for
// @vscode/ripgrep, whose install script otherwise fetches a binary from GitHub: we pack
// Debian's `rg` under the name it looks for.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, codeServerHome, toolsHome } from './tools';

// The versions in code-server 4.100.3's lock file: @vscode/ripgrep 1.15.11 fetches ripgrep
// v13.0.0-10.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET: Record<string, string> = {
  x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
  arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-gnu.tar.gz',
};

/** A local port where nothing listens (the discard port). */
const NO_DOWNLOADS = 'http://127.0.0.1:9/';

const target = codeServerHome();
const bin = path.join(target, 'node_modules', '.bin', 'code-server');

if (existsSync(path.join(target, '.complete')) && existsSync(bin)) {
  console.log(`code-server ${CODE_SERVER_VERSION} already installed in ${target}`);
  process.exit(0);
}

const rg = which('rg');
if (!rg) fail('ripgrep (rg) is needed: apt-get install -y --no-install-recommends ripgrep');
const asset = RIPGREP_ASSET[process.arch];
if (process.platform !== 'linux' || !asset) fail(`no ripgrep asset known for ${process.platform}-${process.arch}`);

mkdirSync(toolsHome(), { recursive: true });
// Install into a staging folder and rename it at the end, so an interrupted install is never
// mistaken for a complete one.
const staging = mkdtempSync(path.join(toolsHome(), `.staging-code-server-${CODE_SERVER_VERSION}-`));
const tmp = path.join(staging, '.tmp');
try {
  const cache = path.join(tmp, RIPGREP_CACHE);
  const pack = path.join(tmp, 'rg-pack');
  mkdirSync(cache, { recursive: true });
  mkdirSync(pack, { recursive: true });
  copyFileSync(rg, path.join(pack, 'rg'));
  execFileSync('tar', ['-czf', path.join(cache, asset), '-C', pack, 'rg']);

  writeFileSync(
    path.join(staging, 'package.json'),
    JSON.stringify({ private: true, description: 'code-server for the Council Report editor tests' }) + '\n',
  );
  console.log(`installing code-server ${CODE_SERVER_VERSION} into ${target} ...`);
  const started = Date.now();
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-progress',
      '--foreground-scripts',
      '--loglevel=error',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    {
      cwd: staging,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TMPDIR: tmp,
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        // argon2 and kerberos look for prebuilt binaries on GitHub before they build from source;
        // send those look-ups to a closed local port, so they fail at once without leaving the machine.
        npm_config_argon2_binary_host_mirror: NO_DOWNLOADS,
        npm_config_kerberos_binary_host_mirror: NO_DOWNLOADS,
      },
    },
  );
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(path.join(staging, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  console.log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (e) {
  rmSync(staging, { recursive: true, force: true });
  fail(`installing code-server failed: ${(e as Error).message}`);
}

function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
