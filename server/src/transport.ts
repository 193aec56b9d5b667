// The server's end of the transports. `--stdio`: the stock stream writer of vscode-jsonrpc sends every message in
// two writes (the header, then the body), each a system call that wakes the client; this one sends header and body
// together. Every transport: the reader tells the server about each message as it arrives, before the connection
// queues it, so that work for a document version the client has already replaced can be skipped (see PendingSync).
import { inspect } from 'node:util';
import {
  AbstractMessageWriter,
  createServerPipeTransport,
  createServerSocketTransport,
  DataCallback,
  Disposable,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  MessageReader,
  MessageWriter,
  RemoteConsole,
  StreamMessageReader,
} from 'vscode-languageserver/node';

/** Writes each message (`Content-Length` header and JSON body) to `out` in a single write, in call order. */
export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      try {
        const json = JSON.stringify(msg);
        this.out.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`, 'utf8', (error?: Error | null) => {
          if (!error) {
            this.errorCount = 0;
            return resolve();
          }
          this.fireError(error, msg, ++this.errorCount);
          reject(error);
        });
      } catch (error) {
        this.fireError(error as Error, msg, ++this.errorCount);
        reject(error);
      }
    });
  }

  end(): void {
    this.out.end();
  }
}

/** A reader that shows each message to `observe` as it arrives, then passes it on. */
export class ObservingMessageReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly observe: (m: Message) => void,
  ) {}

  get onError() {
    return this.inner.onError;
  }

  get onClose() {
    return this.inner.onClose;
  }

  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((m) => {
      this.observe(m);
      callback(m);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

const SYNC_METHODS = new Set(['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose']);

/** The document a sync notification is about, when it names one. */
export function syncUri(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/**
 * Document-sync notifications (open, change, close) received from the client and not handled yet, per document.
 * The connection handles one message per turn of the event loop; a lint that is about to run while a newer change
 * of its document already waits in the queue would publish diagnostics nobody will see (a client typing into a
 * 200 kB file had every one of 1,000 versions linted, 152 s in all).
 */
export class PendingSync {
  private readonly counts = new Map<string, number>();
  private readonly settled: ((uri: string) => void)[] = [];

  /** A message arrived (from the reader, before the connection queues it). */
  received(m: Message): void {
    if (!Message.isNotification(m) || !SYNC_METHODS.has(m.method)) return;
    const uri = syncUri(m.params);
    if (uri !== undefined) this.counts.set(uri, (this.counts.get(uri) ?? 0) + 1);
  }

  /** The connection dispatched a sync notification with these params (handled, or dropped as malformed). */
  handled(params: unknown): void {
    const uri = syncUri(params);
    const n = uri === undefined ? undefined : this.counts.get(uri);
    if (n === undefined) return;
    if (n > 1) return void this.counts.set(uri!, n - 1);
    this.counts.delete(uri!);
    for (const f of this.settled) f(uri!);
  }

  /** Whether a newer open, change or close of `uri` waits to be handled. */
  has(uri: string): boolean {
    return this.counts.has(uri);
  }

  /** Called when the last waiting notification of a document has been dispatched. */
  onSettled(f: (uri: string) => void): void {
    this.settled.push(f);
  }
}

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdin, for `--stdio`: the server exits when it closes. */
  input?: NodeJS.ReadableStream;
}

/**
 * The reader and writer of the transport named on the command line (what `createConnection` would make of it),
 * the reader observed by `observe`; undefined without a transport argument.
 */
export function openTransport(observe: (m: Message) => void, argv = process.argv.slice(2)): Transport | undefined {
  const arg = transportArg(argv);
  if (!arg) return undefined;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[argv.indexOf(arg) + 1];
  let reader: MessageReader;
  let writer: MessageWriter;
  let input: NodeJS.ReadableStream | undefined;
  if (arg === '--stdio') {
    input = process.stdin;
    reader = new StreamMessageReader(process.stdin);
    writer = new OneWriteMessageWriter(process.stdout);
  } else if (arg === '--node-ipc') {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else if (arg.startsWith('--socket')) {
    [reader, writer] = createServerSocketTransport(parseInt(value ?? '', 10));
  } else {
    [reader, writer] = createServerPipeTransport(value ?? '');
  }
  return { reader: new ObservingMessageReader(reader, observe), writer, input };
}

/** The first transport argument, as `createConnection` reads the command line. */
export function transportArg(argv = process.argv.slice(2)): string | undefined {
  return argv.find((a) => a === '--node-ipc' || a === '--stdio' || a === '--socket' || a === '--pipe' || a.startsWith('--socket=') || a.startsWith('--pipe='));
}

/**
 * stdout carries the protocol: console output goes to the client's log instead (what `createConnection` does for
 * `--stdio` itself).
 */
export function consoleToClient(remote: RemoteConsole): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => remote.log(text(args));
  console.info = (...args: unknown[]) => remote.info(text(args));
  console.debug = (...args: unknown[]) => remote.log(text(args));
  console.warn = (...args: unknown[]) => remote.warn(text(args));
  console.error = (...args: unknown[]) => remote.error(text(args));
  console.assert = (assertion?: unknown, ...args: unknown[]) => {
    if (!assertion) remote.error(`Assertion failed${args.length ? `: ${text(args)}` : ''}`);
  };
  console.dir = (arg: unknown, options?: object) => remote.log(inspect(arg, options));
  console.trace = (...args: unknown[]) => remote.log(`Trace${args.length ? `: ${text(args)}` : ''}\n${new Error().stack?.replace(/(.+\n){2}/, '') ?? ''}`);
}
