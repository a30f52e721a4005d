// Owns the one LanguageClient: start, restart (recreating it, so changed settings such as
// aslStudio.serveToolkitLanguages apply) and stop. Restarts are queued, never interleaved.
// Knows nothing about commands or ASL.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware, RequestType } from 'vscode-languageclient/node';
import { CLIENT_ID, createLanguageClient, ServerState, serverState } from './languageClient';
import type { ServerControl } from './commands';

/** Settings whose change needs a new client (they shape the document selector). */
const RESTART_SETTINGS = [`${CLIENT_ID}.serveToolkitLanguages`, `${CLIENT_ID}.server.nodeFlags`];

export class ServerController implements ServerControl, vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> = Promise.resolve();
  private queue: Promise<void> = Promise.resolve();
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time a (re)started server is running: views that asked it something can ask again. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly middleware: Middleware = {},
  ) {}

  start(): Promise<void> {
    this.client = createLanguageClient(this.context, this.output, this.middleware);
    this.starting = this.client.start().then(
      () => {
        this.output.info('Language server started');
        this.started.fire();
      },
      (err: unknown) => {
        this.output.error(`Language server failed to start: ${String(err)}`);
        throw err;
      },
    );
    return this.starting;
  }

  restart(): Promise<void> {
    const run = async () => {
      await this.stop();
      await this.start();
      this.output.info('Language server restarted');
    };
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client)
      await client.stop().catch((err: unknown) => this.output.error(`Stopping the server failed: ${String(err)}`));
  }

  /** Restarts the server when a setting that shapes the client changes. */
  watchSettings(): vscode.Disposable {
    return vscode.workspace.onDidChangeConfiguration((e) => {
      if (!RESTART_SETTINGS.some((s) => e.affectsConfiguration(s))) return;
      this.restart().catch((err: unknown) =>
        this.output.error(`Restart after a settings change failed: ${String(err)}`),
      );
    });
  }

  showOutput(): void {
    this.output.show(true);
  }

  get state(): ServerState {
    return serverState(this.client);
  }

  /** Resolves when pending restarts and the current start attempt are done (rejects when it failed). */
  async whenReady(): Promise<void> {
    await this.queue.catch(() => undefined); // a failed restart shows in `starting`, rethrown below
    return this.starting;
  }

  /** Sends a custom request (server/src/protocol.ts) once the server runs; rejects when it cannot start. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
    await this.whenReady();
    const client = this.client;
    if (client === undefined) throw new Error('the ASL Studio language server is not running');
    return client.sendRequest(type, params);
  }

  dispose(): void {
    this.started.dispose();
    this.stop().catch((err: unknown) => this.output.error(`Stopping the server failed: ${String(err)}`));
  }
}
