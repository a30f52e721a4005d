// Owns the one LanguageClient: start, restart (recreating it, so changed settings such as
// aslStudio.serveToolkitLanguages apply) and stop. Restarts are queued, never interleaved. Tells
// a crash (the client stopped without our stop) from a stop. Knows nothing about commands or ASL.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware, RequestType } from 'vscode-languageclient/node';
import { State } from 'vscode-languageclient/node';
import { CLIENT_ID, createLanguageClient, serverState } from './languageClient';
import type { ServerState } from './serverState';
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
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  /** Fires on every change of `state` (starting, running, stopped, crashed). */
  readonly onDidChangeState = this.stateChanged.event;
  private crashed = false;
  private stopping = false;
  private clientEvents: vscode.Disposable | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly middleware: Middleware = {},
  ) {}

  start(): Promise<void> {
    this.crashed = false;
    this.client = createLanguageClient(this.context, this.output, this.middleware);
    this.clientEvents = this.client.onDidChangeState((e) => this.clientStateChanged(e.newState));
    this.starting = this.client.start().then(
      () => {
        this.output.info('Language server started');
        this.started.fire();
      },
      (err: unknown) => {
        this.output.error(`Language server failed to start: ${String(err)}`);
        this.crashed = true;
        this.stateChanged.fire(this.state);
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
    this.stopping = true;
    this.crashed = false;
    try {
      if (client)
        await client.stop().catch((err: unknown) => this.output.error(`Stopping the server failed: ${String(err)}`));
    } finally {
      this.stopping = false;
      this.clientEvents?.dispose();
      this.clientEvents = undefined;
      this.stateChanged.fire(this.state);
    }
  }

  /** The client's own state machine: Stopped without our stop() is a crash (it may restart itself). */
  private clientStateChanged(state: State): void {
    if (state === State.Stopped && !this.stopping) this.crashed = true;
    if (state === State.Running) this.crashed = false;
    this.stateChanged.fire(this.state);
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
    const state = serverState(this.client);
    return this.crashed && state === 'stopped' ? 'crashed' : state;
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
    this.stateChanged.dispose();
    this.stop().catch((err: unknown) => this.output.error(`Stopping the server failed: ${String(err)}`));
  }
}
