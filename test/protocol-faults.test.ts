// Protocol faults: what a buggy, hostile or dying client does to dist/server.js. Malformed
// frames and JSON, requests and notifications nobody defined, positions outside the document,
// documents never opened, a cancelled request, a client that vanishes, a parent process that
// dies, and the orderly shutdown. Errors are answered as JSON-RPC says; the server never exits
// on bad input, and always exits when its client is gone.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { generateReport } from './bench/generate';
import { LspClient, type ServerExit } from './support/lsp-client';

const LIMIT = { timeout: 30_000 };
/** The errors a request with parameters the server cannot use may be answered with. */
const ERROR_ANSWERS: readonly number[] = [
  ErrorCodes.InvalidParams,
  ErrorCodes.InternalError,
  LSPErrorCodes.RequestFailed,
];
const CANCELLED: readonly number[] = [LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled];
/** The server checks on its parent every 3 s; it must be gone well within this bound. */
const EXIT_BOUND_MS = 15_000;

const REPORT = [
  'I. Justitie',
  '',
  '1. Werklunch – Terugkeer',
  '',
  'De lidstaten,1 spraken.',
  '',
  '1 Kamerstuk 32317, nr. 984.',
  '',
].join('\n');
const OUTLINE = ['I. Justitie', '  1. Werklunch – Terugkeer'];

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

async function outline(client: LspClient, uri: string): Promise<string[]> {
  const symbols = (await client.documentSymbols(uri)) ?? [];
  return symbols.flatMap((s) =>
    'children' in s ? [s.name, ...(s.children ?? []).map((c) => `  ${c.name}`)] : [s.name],
  );
}

/** The request's error, or null when it was answered with a result. */
async function errorOf(request: Promise<unknown>): Promise<ResponseError<unknown> | null> {
  try {
    await request;
    return null;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof ResponseError) return cause;
    throw error;
  }
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** vscode-jsonrpc stops reading a chunk of input at a frame with a bad header and reads on only
 *  when more input arrives. A client always sends more sooner or later; here, 128 KB of a
 *  notification the server ignores makes sure more arrives, in reads of its own. */
async function moreInput(client: LspClient): Promise<void> {
  await client.notify('$/council/padding', { padding: 'x'.repeat(128 * 1024) });
}

describe('protocol faults: errors are answered and the server stays up', () => {
  let client: LspClient;
  let capabilities: ServerCapabilities;
  const uri = 'file:///fouten/verslag.council';

  before(async () => {
    let result: InitializeResult;
    ({ client, initializeResult: result } = await LspClient.start());
    capabilities = result.capabilities;
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, REPORT);
    await opened;
  }, LIMIT);

  after(async () => {
    // After all of it the server still serves the document, and shuts down cleanly.
    assert.equal(
      client.hasExited,
      false,
      `the server exited on bad input${client.stderr ? `:\n${client.stderr}` : ''}`,
    );
    assert.deepEqual(await outline(client, uri), OUTLINE);
    assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
  }, LIMIT);

  it('answers an unknown request with MethodNotFound', LIMIT, async () => {
    const error = await errorOf(client.request('council/nothingHere', { x: 1 }));
    assert.equal(error?.code, ErrorCodes.MethodNotFound);
    const optional = await errorOf(client.request('$/council/nothingHere', {}));
    assert.equal(optional?.code, ErrorCodes.MethodNotFound);
  });

  it('ignores unknown notifications, with and without $/', LIMIT, async () => {
    await client.notify('council/nothingHere', { x: 1 });
    await client.notify('$/council/nothingHere', null);
    await client.notify('textDocument/council', [1, 2, 3]);
    assert.deepEqual(await outline(client, uri), OUTLINE);
    assert.equal(client.stderr, '');
  });

  it('answers positions past the end of the document, negative or fractional', LIMIT, async () => {
    const positions = [
      { line: 1_000_000, character: 0 },
      { line: 6, character: 1_000_000 },
      { line: 0, character: 2 ** 31 - 1 },
      { line: -1, character: -1 },
      { line: 4, character: -5 },
      { line: 4.5, character: 15.5 },
    ];
    const requests = [
      'textDocument/definition',
      'textDocument/hover',
      'textDocument/references',
      'textDocument/documentHighlight',
      'textDocument/prepareRename',
    ];
    for (const position of positions) {
      for (const method of requests) {
        const params = { textDocument: { uri }, position, context: { includeDeclaration: true } };
        const error = await errorOf(client.request(method, params));
        // A result (nothing there), or an error response; never a dead server.
        if (error)
          assert.ok(
            ERROR_ANSWERS.includes(error.code),
            `${method} ${JSON.stringify(position)}: ${error.code} ${error.message}`,
          );
      }
      if (capabilities.selectionRangeProvider)
        await errorOf(client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [position] }));
    }
    assert.equal(client.hasExited, false);
  });

  it('answers requests for documents never opened with nothing', LIMIT, async () => {
    const never = { uri: 'file:///fouten/nooit-geopend.council' };
    const position = { line: 0, character: 0 };
    assert.equal(await client.documentSymbols(never.uri), null);
    const answers: Record<string, unknown> = {
      definition: await client.request('textDocument/definition', { textDocument: never, position }),
      hover: await client.request('textDocument/hover', { textDocument: never, position }),
      references: await client.request('textDocument/references', {
        textDocument: never,
        position,
        context: { includeDeclaration: true },
      }),
      documentHighlight: await client.request('textDocument/documentHighlight', { textDocument: never, position }),
      foldingRange: await client.request('textDocument/foldingRange', { textDocument: never }),
      documentLink: await client.request('textDocument/documentLink', { textDocument: never }),
    };
    for (const [method, answer] of Object.entries(answers)) {
      assert.ok(
        answer === null || (Array.isArray(answer) && answer.length === 0),
        `${method}: ${JSON.stringify(answer)}`,
      );
    }
  });

  it('answers requests with malformed parameters with an error', LIMIT, async () => {
    for (const params of [
      {},
      { textDocument: null },
      { textDocument: { uri: 5 } },
      { textDocument: { uri }, position: null },
    ]) {
      for (const method of ['textDocument/documentSymbol', 'textDocument/definition', 'textDocument/hover']) {
        const error = await errorOf(client.request(method, params));
        if (error) assert.ok(ERROR_ANSWERS.includes(error.code), `${method} ${JSON.stringify(params)}: ${error.code}`);
      }
    }
    assert.equal(client.hasExited, false);
  });

  it('ignores notifications with malformed parameters', LIMIT, async () => {
    const other = 'file:///fouten/ander.council';
    await client.notify('textDocument/didOpen', { textDocument: null });
    await client.notify('textDocument/didOpen', {
      textDocument: { languageId: 'council-report', version: 1, text: 'x' },
    });
    await client.notify('textDocument/didChange', {
      textDocument: { uri: other, version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await client.notify('textDocument/didChange', { textDocument: { uri: other, version: 3 }, contentChanges: null });
    await client.notify('textDocument/didClose', { textDocument: { uri: other } });
    await client.notify('textDocument/didClose', null);
    await client.notify('workspace/didChangeConfiguration', {
      settings: { councilReport: { severity: 5, sessionKinds: 'x', domainTitles: [1, null] } },
    });
    await client.notify('workspace/didChangeConfiguration', null);
    // A change to an open document with an inverted range, and one past its end, are applied as
    // the document manager reads them (clamped, swapped); the server lives on.
    const scratch = 'file:///fouten/kladblok.council';
    await client.open(scratch, REPORT);
    await client.change(scratch, 2, [
      { range: { start: { line: 4, character: 5 }, end: { line: 0, character: 0 } }, text: 'I. Justitie\n\n' },
    ]);
    const published = client.nextDiagnostics(scratch, 3);
    await client.change(scratch, 3, [
      { range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: '\nTekst,2 hier.' },
    ]);
    await published;
    await client.close(scratch);
    assert.deepEqual(await outline(client, uri), OUTLINE);
  });

  it('survives malformed frames and malformed JSON', LIMIT, async () => {
    const bad = [
      frame('{"jsonrpc":"2.0","id":1,"method":'), // truncated JSON
      frame('this is not JSON'),
      frame('{"jsonrpc":"2.0","id":98}'), // neither request, response nor notification
      frame('[{"jsonrpc":"2.0","id":99,"method":"shutdown"}]'), // a batch: not part of LSP
      frame('{"jsonrpc":"2.0","id":97,"method":5}'),
      frame('"just a string"'),
      frame('null'),
      frame('\uFFFD\uFFFE'),
    ];
    for (const b of bad) client.writeRaw(b);
    client.writeRaw(Buffer.concat([Buffer.from('Content-Length: 4\r\n\r\n'), Buffer.from([0xff, 0xfe, 0xfd, 0xfc])])); // not UTF-8
    assert.deepEqual(await outline(client, uri), OUTLINE);

    // Frames whose header is broken: each stalls the reader until more input comes.
    for (const b of [
      'Content-Type: application/vscode-jsonrpc\r\n\r\n',
      'Content-Length: abc\r\n\r\n',
      'hello\r\n\r\n',
    ]) {
      client.writeRaw(b);
      await moreInput(client);
    }
    assert.deepEqual(await outline(client, uri), OUTLINE);
    assert.equal(client.hasExited, false);
  });

  it('answers malformed JSON with a ParseError response (id null)', LIMIT, async () => {
    client.connectionLog.length = 0;
    client.writeRaw(frame('{"jsonrpc":"2.0","id":1,"method":'));
    assert.deepEqual(await outline(client, uri), OUTLINE);
    assert.ok(
      client.connectionLog.some((l) => l.includes('without id') && l.includes(String(ErrorCodes.ParseError))),
      `no ParseError response; the client's connection logged: ${JSON.stringify(client.connectionLog)}`,
    );
  });

  it('answers a request cancelled while it is being served: its result or RequestCancelled', LIMIT, async () => {
    const big = 'file:///fouten/groot.council';
    await client.open(big, generateReport({ size: 2_000_000, seed: 11 }).text);
    for (let i = 0; i < 3; i++) {
      const source = new CancellationTokenSource();
      // The analysis of 2 MB is under way (it starts on the request, or is queued behind the
      // diagnostics) when the cancellation arrives.
      const request = client.request('textDocument/documentSymbol', { textDocument: { uri: big } }, source.token);
      source.cancel();
      const error = await errorOf(request);
      if (error) assert.ok(CANCELLED.includes(error.code), `cancelled: ${error.code} ${error.message}`);
      await client.change(big, 2 + i, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
      ]);
    }
    // A cancellation for a request that does not exist, or was answered long ago, is ignored.
    await client.notify('$/cancelRequest', { id: 123_456 });
    await client.notify('$/cancelRequest', { id: 'nonsense' });
    await client.notify('$/cancelRequest', null);
    await client.close(big);
    assert.deepEqual(await outline(client, uri), OUTLINE);
  });

  it('a document whose text is not a string does not stop the server', LIMIT, async () => {
    for (const text of [42, null, undefined]) {
      const { client: victim } = await LspClient.start();
      try {
        await victim.notify('textDocument/didOpen', {
          textDocument: { uri: 'file:///fouten/getal.council', languageId: 'council-report', version: 1, text },
        });
        const opened = victim.nextDiagnostics(uri, 1);
        await victim.open(uri, REPORT);
        await opened;
        assert.deepEqual(await outline(victim, uri), OUTLINE, `after didOpen with text ${String(text)}`);
      } finally {
        victim.kill();
      }
    }
  });
});

describe('protocol faults: the server ends when its client does', () => {
  /** Starts a server for one test and makes sure it is gone afterwards, whatever the test did. */
  async function withServer(
    options: Parameters<typeof LspClient.start>[0],
    test: (client: LspClient) => Promise<void>,
  ): Promise<void> {
    const { client } = await LspClient.start(options);
    try {
      await test(client);
    } finally {
      client.kill();
    }
  }

  it('shutdown, then exit: exit code 0', LIMIT, () =>
    withServer({}, async (client) => {
      assert.deepEqual(await client.shutdown(), { code: 0, signal: null });
    }),
  );

  it('exit without shutdown: exit code 1', LIMIT, () =>
    withServer({}, async (client) => {
      assert.deepEqual(await client.exitWithoutShutdown(), { code: 1, signal: null });
    }),
  );

  it('requests after shutdown are answered with InvalidRequest', LIMIT, () =>
    withServer({}, async (client) => {
      await client.request('shutdown');
      const error = await errorOf(client.documentSymbols('file:///fouten/na-afsluiten.council'));
      assert.equal(error?.code, ErrorCodes.InvalidRequest);
    }),
  );

  it('exit after shutdown ends it with 0 even when requests came in between', LIMIT, () =>
    withServer({}, async (client) => {
      await client.request('shutdown');
      await errorOf(client.documentSymbols('file:///fouten/na-afsluiten.council'));
      assert.deepEqual(await client.exitWithoutShutdown(), { code: 0, signal: null });
    }),
  );

  it('the client vanishes (stdin closed): the server exits', LIMIT, () =>
    withServer({}, async (client) => {
      await client.open('file:///fouten/weg.council', REPORT);
      client.closeStdin();
      const exit: ServerExit = await within(client.exited, EXIT_BOUND_MS, 'the server exiting after its stdin closed');
      assert.equal(exit.code, 1); // no shutdown came first
    }),
  );

  /** A throw-away process to stand in for the editor, then killed. */
  async function parentThatDies(): Promise<{ pid: number; kill: () => Promise<void> }> {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => parent.once('spawn', resolve).once('error', reject));
    const exited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
    return {
      pid: parent.pid!,
      kill: async () => {
        parent.kill('SIGKILL');
        await exited; // reaped: from here on the pid no longer exists
      },
    };
  }

  it('the parent named by --clientProcessId dies: the server exits by itself', LIMIT, async () => {
    const parent = await parentThatDies();
    await withServer({ args: [`--clientProcessId=${parent.pid}`] }, async (client) => {
      const uri = 'file:///fouten/ouder.council';
      await client.open(uri, REPORT);
      assert.deepEqual(await outline(client, uri), OUTLINE);
      await parent.kill();
      const exit = await within(client.exited, EXIT_BOUND_MS, 'the server exiting after its parent died');
      assert.equal(exit.code, 1);
    });
  });

  it('the client process named in initialize dies: the server exits by itself', LIMIT, async () => {
    const parent = await parentThatDies();
    await withServer({ processId: parent.pid }, async (client) => {
      await parent.kill();
      const exit = await within(client.exited, EXIT_BOUND_MS, 'the server exiting after the client process died');
      assert.equal(exit.code, 1);
    });
  });
});
