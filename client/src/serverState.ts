// The language server's state as the client shows it. Pure (no `vscode`), for node:test.

/** `crashed`: the server process died (or never started) without a stop from us; Restart brings it back. */
export type ServerState = 'stopped' | 'starting' | 'running' | 'crashed';
