import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The server's layers, each importing only those before it:
//   parser -> core -> edits -> features -> server | cli
// (config/, the config file, sits after core: it imports parser, core and settings.ts, and
// server and cli import it).
// (protocol/ holds the client-server contract: types and strings, importable from anywhere).
// The core (parser, core, edits, features, settings) runs in a test, the CLI, the server and a
// browser alike: no Node built-ins, no editor API, no LSP connection.
const NOT_IN_CORE = ['node:*', 'fs', 'path', 'vscode', 'vscode-languageserver', 'vscode-languageserver/*'];
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(extra.length > 0
            ? [{ group: extra, message: 'The core uses no Node built-ins, editor API or LSP connection.' }]
            : []),
          ...forbidden.map((l) => ({
            group: [`**/${l}/**`, `./${l}/*`],
            message: `This layer does not import ${l}/ (see docs/architecture.md).`,
          })),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', '.vscode-test/', '.e2e/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier wraps code at 120 columns but leaves strings, patterns and comments alone.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  layer(['server/src/parser/**/*.ts'], ['core', 'config', 'edits', 'features', 'server', 'cli'], NOT_IN_CORE),
  layer(
    ['server/src/core/**/*.ts', 'server/src/settings.ts'],
    ['config', 'edits', 'features', 'server', 'cli'],
    NOT_IN_CORE,
  ),
  layer(['server/src/edits/**/*.ts'], ['config', 'features', 'server', 'cli'], NOT_IN_CORE),
  layer(['server/src/features/**/*.ts'], ['config', 'server', 'cli'], NOT_IN_CORE),
  // config/: the config file's keys, checker and lookup, pure but for the Node file system host.
  {
    ...layer(['server/src/config/**/*.ts'], ['edits', 'features', 'server', 'cli'], NOT_IN_CORE),
    ignores: ['server/src/config/nodeHost.ts'],
  },
  layer(['server/src/config/nodeHost.ts'], ['edits', 'features', 'server', 'cli']),
  layer(
    ['server/src/protocol/**/*.ts'],
    ['parser', 'core', 'config', 'edits', 'features', 'server', 'cli'],
    NOT_IN_CORE,
  ),
  layer(['server/src/cli/**/*.ts', 'server/src/cli.ts'], ['server', 'features']),
  layer(['server/src/server/**/*.ts', 'server/src/server.ts'], ['cli']),
  {
    // The client knows no format: of the server's code it imports only the contract.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['parser', 'core', 'edits', 'features', 'server', 'cli'].map((l) => `**/server/src/${l}/**`),
              message: 'The client imports only server/src/protocol/.',
            },
          ],
        },
      ],
    },
  },
);
