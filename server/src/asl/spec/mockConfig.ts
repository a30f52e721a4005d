/*
 * AWS Step Functions Local's MockConfigFile format as facts (sfn-local-mock-cfg-file page), shared by
 * the interpreter's mock dispatcher (what runs) and the language server's mock-file checks and
 * completion (what the editor says), so both read invocation keys and machine names alike.
 * Pure data and string rules: no parsing of the file, no I/O.
 */

/** File names of mock files the editor checks: `<machine>.mocks.json`, beside the definition. */
export const MOCK_FILE_SUFFIX = '.mocks.json';

/** The inclusive 0-based invocation numbers an entry key covers ("0", "1-2"), or undefined for a bad key. */
export function invocationRange(key: string): { readonly from: number; readonly to: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(key.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return { from, to };
}

/** The machine's name in a mock file when none is given: the file name without `.asl.json` / `.asl.yaml` / `.json`. */
export function defaultStateMachineName(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return base.replace(/\.asl\.(json|ya?ml)$/i, '').replace(/\.(json|ya?ml)$/i, '');
}

/** The definition file names a machine name in a mock file stands for, in the order they are looked up. */
export function definitionFileNames(stateMachineName: string): readonly string[] {
  return [`${stateMachineName}.asl.json`, `${stateMachineName}.asl.yaml`, `${stateMachineName}.asl.yml`];
}

/** The machine name of a definition file name (`x.asl.json` → `x`), or undefined for another file. */
export function machineNameOfDefinitionFile(fileName: string): string | undefined {
  const m = /^(.+)\.asl\.(json|ya?ml)$/i.exec(fileName);
  return m === null ? undefined : m[1];
}
