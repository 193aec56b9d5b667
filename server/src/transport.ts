// The server's end of `--stdio`: the stock stream writer of vscode-jsonrpc sends every message in two writes (the
// header, then the body), each a system call that wakes the client; this one sends header and body together.
import { inspect } from 'node:util';
import { AbstractMessageWriter, Message, MessageWriter, RemoteConsole } from 'vscode-languageserver/node';

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
