// Wires the step debugger's client half: the `asl` debug type (configurations, adapter process),
// overlays of debug sessions to the ExecutionBus, Run / Debug commands and code lenses, task token
// callbacks. Constructs and registers only; the behaviour lives in the modules it names.
import * as vscode from 'vscode';
import { ASL_DEBUG_TYPE } from '../../../server/src/debugProtocol';
import type { ExecutionBus } from '../executionBus';
import { documentSelector } from '../languages';
import { StateMachineRunner } from '../run/runner';
import { AslAdapterFactory } from './adapterFactory';
import { sendCallback } from './callbacks';
import { RunDebugLensProvider, type GraphServer } from './codeLens';
import { AslConfigurationProvider } from './configurationProvider';
import { createNotifier } from './notify';
import { registerRunDebugCommands } from './runDebugCommands';
import { forwardSessionOverlays } from './sessionOverlays';
import { candidatesFrom, type CandidatesServer } from './targets';

export const CALLBACK_COMMANDS = {
  success: 'aslStudio.sendTaskSuccess',
  failure: 'aslStudio.sendTaskFailure',
  heartbeat: 'aslStudio.sendTaskHeartbeat',
} as const;

export interface DebuggerDeps {
  readonly bus: ExecutionBus;
  readonly server: CandidatesServer & GraphServer;
  readonly log: vscode.LogOutputChannel;
}

export function registerDebugger(context: vscode.ExtensionContext, deps: DebuggerDeps): vscode.Disposable[] {
  const notify = createNotifier(deps.log);
  const candidates = candidatesFrom(deps.server);
  const provider = new AslConfigurationProvider(candidates, notify);
  const runner = new StateMachineRunner(context.asAbsolutePath('dist/cli.js'), deps.bus, notify);
  const lenses = new RunDebugLensProvider(deps.server, candidates, deps.log);
  const fileSelector = documentSelector(true).filter((s) => s.scheme === 'file');
  return [
    vscode.debug.registerDebugConfigurationProvider(ASL_DEBUG_TYPE, provider),
    vscode.debug.registerDebugConfigurationProvider(
      ASL_DEBUG_TYPE,
      provider,
      vscode.DebugConfigurationProviderTriggerKind.Dynamic,
    ),
    vscode.debug.registerDebugAdapterDescriptorFactory(
      ASL_DEBUG_TYPE,
      new AslAdapterFactory(context.asAbsolutePath('dist/debugAdapter.js')),
    ),
    forwardSessionOverlays(deps.bus, deps.log),
    runner,
    lenses,
    vscode.languages.registerCodeLensProvider(fileSelector, lenses),
    ...registerRunDebugCommands({ candidates, runner, notify }),
    ...Object.entries(CALLBACK_COMMANDS).map(([kind, id]) =>
      vscode.commands.registerCommand(id, () => sendCallback(kind as keyof typeof CALLBACK_COMMANDS, notify)),
    ),
  ];
}
