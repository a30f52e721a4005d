// Which definition a Run / Debug command or an F5 acts on, and which launch configuration: the
// file given (menu, code lens) or the active ASL editor; the mock test case given, the only one
// beside the file, or the one the user picks. Asks the language server what sits beside the file.
import * as vscode from 'vscode';
import {
  LaunchCandidatesRequest,
  type LaunchCandidates,
  type LaunchCandidatesParams,
} from '../../../server/src/protocol';
import { isAslDocument } from '../languages';
import { baseName, configurationFor, type AslDebugConfiguration } from './launchConfig';

export type RequestCandidates = (definitionPath: string) => Promise<LaunchCandidates>;

/** The part of the language server controller this module uses. */
export interface CandidatesServer {
  request(type: typeof LaunchCandidatesRequest, params: LaunchCandidatesParams): Promise<LaunchCandidates>;
}

/** The active editor's document when it is an ASL definition saved on disk. */
export function activeAslDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isAslDocument(doc.languageId, doc.fileName) ? doc : undefined;
}

export const NO_ASL_FILE =
  'ASL Studio: there is no state machine to run. Open an .asl.json / .asl.yaml file (or choose one in the Explorer) first.';

/** The definition file to act on: `uri` when given, else the active ASL editor's; a message when there is none. */
export async function definitionToRun(uri: vscode.Uri | undefined): Promise<vscode.Uri | string> {
  const target = uri ?? activeAslDocument()?.uri;
  if (target === undefined) return NO_ASL_FILE;
  if (target.scheme !== 'file')
    return `ASL Studio: save ${target.path || 'the file'} to disk first; only saved files can run.`;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open?.isDirty && !(await open.save())) return `ASL Studio: could not save ${target.fsPath} before running it.`;
  return target;
}

const NO_MOCKS = '(no mock file)';

/** The configuration for `definitionPath`; undefined when the user cancelled the test case pick. */
export async function chooseConfiguration(
  definitionPath: string,
  candidates: LaunchCandidates,
  testCase: string | undefined,
): Promise<AslDebugConfiguration | undefined> {
  const cases = candidates.mocks?.testCases ?? [];
  if (testCase !== undefined || cases.length === 0) return configurationFor({ definitionPath, candidates, testCase });
  if (cases.length === 1) return configurationFor({ definitionPath, candidates, testCase: cases[0] });
  const picked = await vscode.window.showQuickPick([...cases, NO_MOCKS], {
    title: `Test case of ${baseName(candidates.mocks?.path ?? 'the mock file')}`,
    placeHolder: 'Which mock test case should answer the Task states?',
  });
  if (picked === undefined) return undefined;
  return configurationFor({ definitionPath, candidates, testCase: picked === NO_MOCKS ? undefined : picked });
}

/** Asks the language server for the inputs and test cases beside a definition. */
export function candidatesFrom(server: CandidatesServer): RequestCandidates {
  return (definitionPath) => server.request(LaunchCandidatesRequest, { definitionPath });
}
