/*
 * `asl test --filter`: a substring, or `/regex/flags` (run on the linear-time RE2 engine, as every
 * regex of ours), matched against a case's name and against "file › name". Pure.
 */
import { compileLinearRegex } from '../asl/expr/linearRegex';

/** Decides whether a case runs; given the shown test file path and the case name. */
export type CaseFilter = (file: string, name: string) => boolean;

export function caseFilter(text: string | undefined): CaseFilter | undefined | string {
  if (text === undefined) return undefined;
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text);
  if (m === null) return (file, name) => name.includes(text) || `${file} › ${name}`.includes(text);
  if (/[^ims]/.test(m[2])) return `--filter: unknown regex flag in '${m[2]}' (i, m and s are supported)`;
  const re = compileLinearRegex(m[1], m[2], 'javascript');
  if (typeof re === 'string') return `--filter: ${re}`;
  return (file, name) => re.matcher(name).find() || re.matcher(`${file} › ${name}`).find();
}
