// The five interpreter benchmark workloads of issue 4, as ASL definitions and inputs that both
// our engine and aws-local-stepfunctions accept (JSONPath only, no Tasks).
import type { Json } from '../../server/src/interpreter/value';

export interface Workload {
  readonly name: string;
  readonly definition: Json;
  readonly input: Json;
  /** State transitions one run makes (state entries), for transitions/s. */
  readonly transitions: number;
}

function chain(): Workload {
  const states: Record<string, Json> = {};
  for (let i = 0; i < 1000; i++) {
    states[`S${i}`] = {
      Type: 'Pass',
      Parameters: { 'count.$': '$.count', 'tag.$': '$.tag', step: i },
      ResultPath: '$.last',
      ...(i === 999 ? { End: true } : { Next: `S${i + 1}` }),
    };
  }
  return {
    name: 'chain: 1000 Pass (Parameters/ResultPath)',
    definition: { StartAt: 'S0', States: states },
    input: { count: 1, tag: 'x', last: null },
    transitions: 1000,
  };
}

function loop(): Workload {
  const definition = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Result: { count: 0 }, Next: 'Check' },
      Check: {
        Type: 'Choice',
        Choices: [{ Variable: '$.count', NumericLessThan: 100000, Next: 'Increment' }],
        Default: 'Done',
      },
      Increment: { Type: 'Pass', Parameters: { 'count.$': 'States.MathAdd($.count, 1)' }, Next: 'Check' },
      Done: { Type: 'Succeed' },
    },
  };
  return {
    name: 'loop: Choice + Pass to 100,000 (MathAdd)',
    definition,
    input: {},
    transitions: 1 + 100001 + 100000 + 1,
  };
}

function map(): Workload {
  const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i, n: i % 7 }));
  const definition = {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'A',
          States: {
            A: { Type: 'Pass', Parameters: { 'id.$': '$.id', 'n.$': '$.n' }, Next: 'B' },
            B: { Type: 'Pass', Result: 'ok', ResultPath: '$.status', Next: 'C' },
            C: { Type: 'Pass', OutputPath: '$.id', End: true },
          },
        },
        ResultPath: '$.ids',
        End: true,
      },
    },
  };
  return { name: 'map: inline Map 10,000 items x 3 Pass', definition, input: { items }, transitions: 1 + 30_000 };
}

function parallel(): Workload {
  const branches: Json[] = [];
  for (let b = 0; b < 50; b++) {
    const states: Record<string, Json> = {};
    for (let i = 0; i < 20; i++)
      states[`B${b}S${i}`] = {
        Type: 'Pass',
        Parameters: { 'v.$': '$.v', b, i },
        ...(i === 19 ? { End: true } : { Next: `B${b}S${i + 1}` }),
      };
    branches.push({ StartAt: `B${b}S0`, States: states });
  }
  return {
    name: 'parallel: 50 branches x 20 Pass',
    definition: { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: branches, End: true } } },
    input: { v: 1 },
    transitions: 1 + 1000,
  };
}

function bigPayload(): Workload {
  const records = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `record-${i}`, note: 'x'.repeat(170) }));
  const states: Record<string, Json> = {};
  for (let i = 0; i < 200; i++)
    states[`S${i}`] = {
      Type: 'Pass',
      Result: { step: i },
      ResultPath: '$.last',
      ...(i === 199 ? { End: true } : { Next: `S${i + 1}` }),
    };
  return {
    name: 'big payload: 200 KiB through 200 Pass',
    definition: { StartAt: 'S0', States: states },
    input: { records, last: null },
    transitions: 200,
  };
}

export function workloads(): Workload[] {
  return [chain(), loop(), map(), parallel(), bigPayload()];
}
