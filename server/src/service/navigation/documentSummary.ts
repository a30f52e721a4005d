/*
 * The `asl/documentSummary` payload: how many states a document has and which query language it
 * speaks, read off the parsed model (no rule runs). Pure.
 */
import type { AslDocument } from '../../asl/types';
import type { DocumentSummary } from '../../protocol';

/** An empty or non-object document has no machine: it counts as JSONPath (the AWS default). */
export function documentSummary(asl: AslDocument): DocumentSummary {
  const queryLanguage = asl.machine?.queryLanguage ?? 'JSONPath';
  return {
    stateCount: asl.allStates.length,
    queryLanguage,
    otherLanguageStates: asl.allStates.filter((s) => s.queryLanguage !== queryLanguage).length,
    syntaxErrors: asl.syntaxErrors.length,
  };
}
