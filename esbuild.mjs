// Bundles the extension client, the language server and the command line checker into dist/.
// Type checking is tsc's job (`npm run typecheck`); esbuild only strips types and bundles.
// `--tests` also bundles the extension test suites (test/extension) into out/test/extension,
// which the .vsix never contains.
import { readdirSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
  // jsonc-parser's main build (UMD) loads its parts with a require() that esbuild cannot follow;
  // its ES module build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// The protocol libraries also carry transports and helpers we never use: sockets and named
// pipes (net), resolving global modules (child_process). Bundled as stubs that refuse, so the
// server provably opens no connection and starts no process, and the client only starts the
// server (child_process, by vscode-languageclient).
function without(modules) {
  const filter = new RegExp(`^(?:node:)?(?:${modules.join('|')})$`);
  return {
    name: 'without',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'without' }));
      build.onLoad({ filter: /.*/, namespace: 'without' }, (args) => ({
        contents: `module.exports = new Proxy({}, { get(_, name) {
          if (typeof name !== 'string' || name === '__esModule' || name === 'default') return undefined;
          throw new Error('council-report does not use ${args.path}.' + name);
        } });`,
      }));
    },
  };
}

const builds = [
  {
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [without(['net'])],
  },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [without(['net', 'child_process'])] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (tests) {
  // mocha stays external: the entry point loads it, and it loads the suites, from disk.
  const suites = readdirSync('test/extension/suite')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/extension/suite/${f}`);
  builds.push(
    { entryPoints: ['test/extension/index.ts'], outfile: 'out/test/extension/index.js', external: ['vscode', 'mocha'] },
    { entryPoints: suites, outdir: 'out/test/extension/suite', external: ['vscode', 'mocha'] },
  );
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
