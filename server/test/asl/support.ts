// Helpers for the ASL model tests: span text, cursor markers, and a machine written in both formats.
import type { AslDocument, Span } from '../../src/asl/types';

export function slice(doc: AslDocument, span: Span | undefined): string | undefined {
  return span === undefined ? undefined : doc.text.slice(span.start, span.end);
}

/** Splits `text` at its `|` marker: the text without it and the cursor offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** The same machine as JSON and as YAML (nested Parallel, Map ItemProcessor, Choice, Catch). */
export const MACHINE_JSON = `{
  "Comment": "demo",
  "StartAt": "Fan out",
  "States": {
    "Fan out": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "A1", "States": { "A1": { "Type": "Pass", "End": true } } },
        { "StartAt": "B1", "States": { "B1": { "Type": "Pass", "Next": "B2" }, "B2": { "Type": "Succeed" } } }
      ],
      "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Failed" } ],
      "Next": "Route"
    },
    "Route": {
      "Type": "Choice",
      "Choices": [
        { "Variable": "$.kind", "StringEquals": "many", "Next": "Each item" }
      ],
      "Default": "Done"
    },
    "Each item": {
      "Type": "Map",
      "ItemProcessor": {
        "StartAt": "Work",
        "States": { "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } }
      },
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" },
    "Failed": { "Type": "Fail", "Error": "Boom" }
  }
}`;

export const MACHINE_YAML = `Comment: demo
StartAt: Fan out
States:
  Fan out:
    Type: Parallel
    Branches:
      - StartAt: A1
        States:
          A1:
            Type: Pass
            End: true
      - StartAt: B1
        States:
          B1: { Type: Pass, Next: B2 }
          B2:
            Type: Succeed
    Catch:
      - ErrorEquals: [States.ALL]
        Next: 'Failed'
    Next: "Route"
  Route:
    Type: Choice
    Choices:
      - Variable: $.kind
        StringEquals: many
        Next: Each item
    Default: Done
  "Each item":
    Type: Map
    ItemProcessor:
      StartAt: Work
      States:
        Work:
          Type: Task
          Resource: arn:aws:states:::lambda:invoke
          End: true
    Next: Done
  Done: {Type: Succeed}
  Failed:
    Type: Fail
    Error: Boom
`;
