// Owns the one LanguageClient: start, restart (recreating it, so changed settings such as
// aslStudio.serveToolkitLanguages apply) and stop. Knows nothing about commands or ASL.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient, ServerState, serverState } from './languageClient';
import type { ServerControl } from './commands';

export class ServerController implements ServerControl, vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

  start(): Promise<void> {
    this.client = createLanguageClient(this.context, this.output);
    this.starting = this.client.start().then(() => this.output.info('Language server started'), (err: unknown) => {
      this.output.error(`Language server failed to start: ${String(err)}`);
      throw err;
    });
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
    this.output.info('Language server restarted');
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop().catch(() => undefined);
  }

  showOutput(): void {
    this.output.show(true);
  }

  get state(): ServerState {
    return serverState(this.client);
  }

  /** Resolves when the current start attempt is done (rejects when it failed). */
  whenReady(): Promise<void> {
    return this.starting;
  }

  dispose(): void {
    void this.stop();
  }
}
