/*
 * A new element of Retry, Catch, Choices or Branches (JSON, at an array item position): one snippet
 * with the element's required fields, in the state's query language.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import type { QueryLanguage } from '../../asl/types';
import { type CompletionContext, snippetItem, withDocs } from './items';

const ITEMS: Readonly<Record<string, Readonly<Record<QueryLanguage, string>> & { label: string; doc: string }>> = {
  Retrier: {
    label: 'New retrier',
    doc: 'Retry the listed errors with exponential backoff.',
    JSONPath:
      '{ "ErrorEquals": ["${1:States.ALL}"], "IntervalSeconds": ${2:1}, "MaxAttempts": ${3:3}, "BackoffRate": ${4:2} }',
    JSONata:
      '{ "ErrorEquals": ["${1:States.ALL}"], "IntervalSeconds": ${2:1}, "MaxAttempts": ${3:3}, "BackoffRate": ${4:2} }',
  },
  Catcher: {
    label: 'New catcher',
    doc: 'Go to a state when the listed errors are not (or no longer) retried.',
    JSONPath: '{ "ErrorEquals": ["${1:States.ALL}"], "ResultPath": "${2:\\$.error}", "Next": "$3" }',
    JSONata: '{ "ErrorEquals": ["${1:States.ALL}"], "Next": "$2" }',
  },
  ChoiceRule: {
    label: 'New choice rule',
    doc: 'A rule and the state to go to when it matches.',
    JSONPath: '{ "Variable": "${1:\\$.value}", "${2:StringEquals}": "$3", "Next": "$4" }',
    JSONata: '{ "Condition": "{% ${1:\\$states.input.value = 1} %\\}", "Next": "$2" }',
  },
  Branch: {
    label: 'New branch',
    doc: 'A branch of the Parallel state: its own StartAt and States.',
    JSONPath: '{ "StartAt": "${1:BranchStart}", "States": { "${1:BranchStart}": { "Type": "Pass", "End": true } } }',
    JSONata: '{ "StartAt": "${1:BranchStart}", "States": { "${1:BranchStart}": { "Type": "Pass", "End": true } } }',
  },
};

export function itemSnippetItems(ctx: CompletionContext, itemShape: string | undefined): CompletionItem[] {
  const spec = itemShape === undefined ? undefined : ITEMS[itemShape];
  if (spec === undefined || ctx.asl.format !== 'json' || ctx.cursor.quoted || ctx.cursor.node !== undefined) return [];
  const next = ctx.asl.text.slice(ctx.cursor.replace.end).trimStart();
  const comma = next.startsWith('{') ? ',' : '';
  const item = snippetItem(ctx, spec.label, CompletionItemKind.Snippet, spec[ctx.scope.language] + comma);
  return [withDocs(item, itemShape, spec.doc)];
}
