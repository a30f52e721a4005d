/*
 * The client's `aslStudio` settings as the server uses them: per-rule severity overrides
 * (`aslStudio.diagnostics.rules`, read by service/diagnostics/ruleSettings.ts), the diagnostics
 * delay and the most state names a completion list offers. Applied on
 * `workspace/didChangeConfiguration` (the client sends it at start and on every change); then
 * every open document's diagnostics are refreshed. Glue only.
 */
import { parseRuleSettings } from '../service/diagnostics';
import type { ServerContext } from './context';

interface RawSettings {
  readonly aslStudio?: {
    readonly diagnostics?: { readonly rules?: unknown; readonly delay?: unknown };
    readonly completion?: { readonly maxStateNames?: unknown };
  };
}

export function registerSettings(ctx: ServerContext, refresh: () => Promise<void>): void {
  ctx.connection.onDidChangeConfiguration((params) => {
    applySettings(ctx, params.settings as RawSettings | undefined);
    refresh().catch((error: unknown) =>
      ctx.connection.console.error(`refreshing diagnostics failed: ${String(error)}`),
    );
  });
}

export function applySettings(ctx: ServerContext, raw: RawSettings | undefined): void {
  const diagnostics = raw?.aslStudio?.diagnostics;
  const { settings, problems } = parseRuleSettings(diagnostics?.rules);
  for (const problem of problems) ctx.connection.console.warn(`aslStudio.diagnostics.rules: ${problem} (ignored)`);
  ctx.ruleSettings = settings;
  ctx.settingsGeneration++;
  const delay = diagnostics?.delay;
  if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) ctx.diagnosticsDelay = Math.min(delay, 10_000);
  const max = raw?.aslStudio?.completion?.maxStateNames;
  ctx.maxStateNames = typeof max === 'number' && Number.isInteger(max) && max >= 1 ? max : undefined;
}
