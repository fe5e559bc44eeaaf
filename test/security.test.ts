// Security: what the shipped bundles can reach, what our own code evaluates, where document
// links lead, and what the extension declares for untrusted workspaces. A council report comes
// from anywhere (a colleague, a mail, a download); opening one must not run anything, reach
// the network, or offer a link that does more than open a web page.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../server/src/core/analysis';
import { DEFAULT_DIAGNOSTIC_OPTIONS } from '../server/src/core/diagnostics';
import { generateReport } from './bench/generate';

const root = join(import.meta.dirname, '..');
const SERVER_BUNDLE = join(root, 'dist', 'server.js');
const EXTENSION_BUNDLE = join(root, 'dist', 'extension.js');

// ---- what the bundles require

/** Node modules that reach the network, start processes or threads, or compile code. */
const FORBIDDEN = [
  'child_process',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'tls',
  'worker_threads',
  'vm',
  'cluster',
  'inspector',
];

/**
 * What each bundle may require of those, and which bundled module needs it.
 *
 * dist/extension.js: vscode-languageclient starts the language server as a child process
 * (`fork` for the ipc transport our client uses, in lib/node/main.js) and, when the server does
 * not stop, ends it and its children (`taskkill` on Windows, a shell `kill` elsewhere, in
 * lib/node/processes.js). Nothing else in either bundle needs any of them: esbuild.mjs bundles
 * stubs for what the libraries require but this extension never uses (the pipe and socket
 * transports' net, the server-side module resolution's child_process).
 */
const NEEDED: Readonly<Record<string, readonly { module: string; builtin: string }[]>> = {
  [SERVER_BUNDLE]: [],
  [EXTENSION_BUNDLE]: [
    { module: 'node_modules/vscode-languageclient/lib/node/main.js', builtin: 'child_process' },
    { module: 'node_modules/vscode-languageclient/lib/node/processes.js', builtin: 'child_process' },
  ],
};

interface Requirement {
  /** The bundled source file, from esbuild's "// path" markers; "(bundle)" in a minified build. */
  readonly module: string;
  readonly builtin: string;
}

/** Every require()/import() of a forbidden module in the bundle, with the module that does it. */
function forbiddenRequires(bundle: string): Requirement[] {
  const out: Requirement[] = [];
  let module = '(bundle)';
  const pattern = new RegExp(`\\b(?:require|import)\\(\\s*["'](?:node:)?(${FORBIDDEN.join('|')})["']\\s*\\)`, 'g');
  for (const line of readFileSync(bundle, 'utf8').split('\n')) {
    // In a git worktree whose node_modules links to another checkout's, esbuild names the
    // linked files by their real path ("../main/node_modules/..."): the same modules.
    const marker = /^\/\/ (?:(?:\.\.\/)+[^/\s]+\/)?((?:node_modules|client|server)\/\S+)$/.exec(line);
    if (marker) module = marker[1]!;
    for (const m of line.matchAll(pattern)) out.push({ module, builtin: m[1]! });
  }
  return out;
}

const key = (r: Requirement): string => `${r.module} -> ${r.builtin}`;
const keys = (rs: readonly Requirement[]): string[] => [...new Set(rs.map(key))].sort();

function bundleTest(bundle: string, t: { skip: (message: string) => void }): Requirement[] | null {
  if (!existsSync(bundle)) {
    assert.ok(process.env.CI !== 'true', `${bundle} is missing: build first`);
    t.skip(`${relative(root, bundle)} is not built`);
    return null;
  }
  return forbiddenRequires(bundle);
}

// ---- our own source

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** The code without its comments, so that a comment about eval does not count. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const EVALUATION = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![.\w])Function\s*\(/,
  /\bset(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/,
];

// ---- the suites

describe('security: the bundles reach no network, process or code compiler', () => {
  it('dist/server.js requires none of child_process, net, http, https, dgram, tls, worker_threads, vm', (t) => {
    const found = bundleTest(SERVER_BUNDLE, t);
    if (found) assert.deepEqual(keys(found), keys(NEEDED[SERVER_BUNDLE]!));
  });

  it('dist/extension.js requires only child_process, from vscode-languageclient, to start and stop the server', (t) => {
    const found = bundleTest(EXTENSION_BUNDLE, t);
    if (found) assert.deepEqual(keys(found), keys(NEEDED[EXTENSION_BUNDLE]!));
  });

  for (const bundle of [SERVER_BUNDLE, EXTENSION_BUNDLE]) {
    it(`${relative(root, bundle)}: no eval, new Function or string timers anywhere`, (t) => {
      if (!existsSync(bundle)) {
        t.skip(`${relative(root, bundle)} is not built`);
        return;
      }
      const code = withoutComments(readFileSync(bundle, 'utf8'));
      for (const pattern of EVALUATION) assert.doesNotMatch(code, pattern);
    });
  }
});

describe('security: our own code evaluates no strings', () => {
  const files = [...sourceFiles(join(root, 'server', 'src')), ...sourceFiles(join(root, 'client', 'src'))];

  it('no eval, new Function or string timers in server/src and client/src', () => {
    assert.ok(files.length > 5, 'no source files found');
    const hits = files.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return EVALUATION.filter((p) => p.test(code)).map((p) => `${relative(root, file)}: ${p}`);
    });
    assert.deepEqual(hits, []);
  });

  it("the client does not mark the server's markdown trusted (command links) or allow HTML in it", () => {
    const client = sourceFiles(join(root, 'client', 'src'))
      .map((f) => withoutComments(readFileSync(f, 'utf8')))
      .join('\n');
    assert.doesNotMatch(client, /isTrusted\s*:\s*(?:true|\{)/);
    assert.doesNotMatch(client, /supportHtml\s*:\s*true/);
  });
});

describe('security: document links only open web pages', () => {
  const linksModule = join(root, 'server', 'src', 'features', 'links.ts');
  type LinksFeature = {
    documentLinks: (doc: ReturnType<typeof analyse>['document'], messages: unknown) => { target?: string }[];
  };

  async function targetsOf(text: string): Promise<string[]> {
    const { documentLinks } = (await import(linksModule)) as LinksFeature;
    return documentLinks(analyse(text).document, DEFAULT_DIAGNOSTIC_OPTIONS.messages).map((l) => l.target ?? '(none)');
  }

  const HOSTILE_ADDRESSES = [
    'javascript:alert(1)',
    'command:workbench.action.terminal.new',
    'file:///etc/passwd',
    'vscode://vscode.git/clone?url=x',
    'data:text/html,<script>1</script>',
    'ftp://example.org/x',
    'HTTPS://example.org/x',
    'https:/example.org',
    '\\\\server\\share',
  ];

  /** Reports with citations and addresses of every kind: generated ones, and the corpus. */
  function reports(): string[] {
    const out = [1, 2, 3].map((seed) => generateReport({ size: 30_000, seed }).text);
    out.push(
      [
        'Geachte Voorzitter,',
        '',
        'Zie Kamerstuk 32317, nr. 984 en Kamerstukken II 2016-17, 22 112, nr. 2292.',
        'KST 21501-02, nr. 3101.',
        ...HOSTILE_ADDRESSES.map((a) => `Zie ${a} en <${a}>.`),
        '',
        '1 Zie https://www.rijksoverheid.nl/documenten en http://example.org/oud.',
      ].join('\n'),
    );
    const corpus = join(root, '..', 'shared', 'corpus');
    if (existsSync(corpus)) {
      for (const f of sourceFilesOfCorpus(corpus)) out.push(readFileSync(f, 'utf8'));
    }
    return out;
  }

  function sourceFilesOfCorpus(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFilesOfCorpus(path);
      return /\.(txt|council)$/.test(name) ? [path] : [];
    });
  }

  it('no link has a scheme other than http or https, whatever the text says', async (t) => {
    if (!existsSync(linksModule)) {
      t.skip('server/src/features/links.ts does not exist: the server offers no document links');
      return;
    }
    for (const text of reports()) {
      for (const target of await targetsOf(text))
        assert.match(target, /^https?:\/\/[^\s/]+\.[^\s/]+/, `a link to ${target}`);
    }
    const { documentLinks } = (await import(linksModule)) as LinksFeature;
    const hostile = fc.string({
      unit: fc.constantFrom(
        ...HOSTILE_ADDRESSES,
        'https://',
        'http://',
        'www.',
        ' ',
        'a',
        '1',
        '.',
        '/',
        ':',
        'Kamerstuk ',
        ', nr. ',
        '\n',
      ),
    });
    fc.assert(
      fc.property(hostile, (text) => {
        for (const link of documentLinks(analyse(text).document, DEFAULT_DIAGNOSTIC_OPTIONS.messages)) {
          assert.match(link.target ?? '', /^https?:\/\//, `a link to ${link.target} in ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Kamerstuk citations link to https://zoek.officielebekendmakingen.nl', async (t) => {
    if (!existsSync(linksModule)) {
      t.skip('server/src/features/links.ts does not exist: the server offers no document links');
      return;
    }
    const targets = await targetsOf('Geachte Voorzitter,\n\nZie Kamerstuk 32317, nr. 984 en KST 21501-02, nr. 3101.\n');
    assert.ok(targets.length >= 2, `links: ${JSON.stringify(targets)}`);
    for (const target of targets) assert.match(target, /^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-/);
  });

  it('every document link is https, also for an address written with http://', async (t) => {
    if (!existsSync(linksModule)) {
      t.skip('server/src/features/links.ts does not exist: the server offers no document links');
      return;
    }
    for (const text of reports()) {
      for (const target of await targetsOf(text)) assert.match(target, /^https:\/\//, `a link to ${target}`);
    }
  });
});

describe('security: the extension declares what it does in untrusted workspaces', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown } };
  };

  it('capabilities.untrustedWorkspaces.supported is true (it only reads text, runs nothing)', (t) => {
    const declared = manifest.capabilities?.untrustedWorkspaces;
    if (declared === undefined) {
      t.skip(
        'package.json declares no capabilities.untrustedWorkspaces: add { "supported": true } (VS Code then runs the extension in Restricted Mode too)',
      );
      return;
    }
    assert.equal(declared.supported, true);
  });
});
