// Helpers for the ASL model tests: span text, cursor markers, and a machine written in both formats.
import type { AslDocument, Span } from '../../src/asl/types';

export function slice(doc: AslDocument, span: Span | undefined): string | undefined {
  return span === undefined ? undefined : doc.text.slice(span.start, span.end);
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
