import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'out/', '.vscode-test/', '.e2e/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setImmediate: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in a test, the CLI, the server and a browser alike: no Node built-ins,
    // no editor API, no LSP connection.
    files: ['server/src/parser/**/*.ts', 'server/src/features/**/*.ts', 'server/src/analysis.ts', 'server/src/settings.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'vscode', 'vscode-languageserver', 'vscode-languageserver/*'] }],
    },
  },
);
