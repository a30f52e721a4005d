// Starts the bundled debug adapter (dist/debugAdapter.js, DAP over stdio) with the Node runtime the
// extension host itself runs on, so debugging needs no `node` on the PATH (in desktop VS Code that
// runtime is Electron, run as plain Node by ELECTRON_RUN_AS_NODE).
import * as vscode from 'vscode';

export class AslAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly adapterPath: string) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    return new vscode.DebugAdapterExecutable(process.execPath, [this.adapterPath], {
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
  }
}
