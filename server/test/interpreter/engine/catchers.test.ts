// Catchers on every state type whose failure can be asynchronous (Task, Parallel, Map, and a JSONata
// Pass inside a Parallel branch), in both query languages, with the failure raised synchronously
// (a failing path, a sync task dispatcher) and asynchronously (JSONata evaluation, an async
// dispatcher). Each case must end in the catcher's Next state with the catcher's output, and record
// the failure once (one EvaluationFailed at most): a lost promise re-ran the failing phase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDispatcher, TaskOutcome } from '../../../src/interpreter/tasks';
import { run, eventTypes } from './helpers';

type Lang = 'JSONata' | 'JSONPath';
type Timing = 'sync' | 'async';

const BOOM: TaskOutcome = { kind: 'error', error: 'Custom.Boom', cause: 'it broke' };

function dispatcher(timing: Timing): TaskDispatcher {
  return { dispatch: () => (timing === 'sync' ? BOOM : Promise.resolve(BOOM)) };
}

const LAMBDA = 'arn:aws:states:::lambda:invoke';
/** A synchronous, catchable failure of a JSONPath payload template (an unresolvable path is States.Runtime). */
const OUT_OF_RANGE = 'States.ArrayGetItem(States.Array(1), 5)';

/** The catcher of each language: an output built from the error, and a variable. */
function catcher(lang: Lang): Record<string, unknown> {
  if (lang === 'JSONata')
    return {
      ErrorEquals: ['States.ALL'],
      Output: { caught: '{% $states.errorOutput.Error %}' },
      Assign: { seen: true },
      Next: 'Handled',
    };
  return { ErrorEquals: ['States.ALL'], ResultPath: '$.caught', Assign: { seen: true }, Next: 'Handled' };
}

function machine(lang: Lang, failing: Record<string, unknown>): unknown {
  return {
    QueryLanguage: lang,
    StartAt: 'S',
    States: {
      S: { ...failing, Catch: [catcher(lang)], Next: 'Unexpected' },
      Unexpected: { Type: 'Fail', Error: 'Wrong.Path' },
      Handled: { Type: 'Succeed' },
    },
  };
}

function branch(state: Record<string, unknown>): Record<string, unknown> {
  return { StartAt: 'B', States: { B: { ...state, End: true } } };
}

interface Case {
  readonly name: string;
  readonly lang: Lang;
  readonly timing: Timing;
  readonly state: Record<string, unknown>;
  /** The error name the catcher must see. */
  readonly error: string;
}

const taskCases: Case[] = [
  {
    name: 'Task: Arguments fail to evaluate',
    lang: 'JSONata',
    timing: 'async',
    state: { Type: 'Task', Resource: LAMBDA, Arguments: '{% $states.input.nope.deeper %}' },
    error: 'States.QueryEvaluationError',
  },
  {
    name: 'Task: TimeoutSeconds fails to evaluate',
    lang: 'JSONata',
    timing: 'async',
    state: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: '{% $states.input.nope %}' },
    error: 'States.QueryEvaluationError',
  },
  {
    name: 'Task: Parameters intrinsic fails',
    lang: 'JSONPath',
    timing: 'sync',
    state: { Type: 'Task', Resource: LAMBDA, Parameters: { 'x.$': OUT_OF_RANGE } },
    error: 'States.IntrinsicFailure',
  },
  ...(['sync', 'async'] as const).flatMap((timing) =>
    (['JSONata', 'JSONPath'] as const).map((lang): Case => ({
      name: `Task: the ${timing} dispatcher answers an error`,
      lang,
      timing,
      state: { Type: 'Task', Resource: LAMBDA },
      error: 'Custom.Boom',
    })),
  ),
];

const parallelCases: Case[] = [
  {
    name: 'Parallel: Arguments fail to evaluate',
    lang: 'JSONata',
    timing: 'async',
    state: { Type: 'Parallel', Arguments: '{% $states.input.nope.deeper %}', Branches: [branch({ Type: 'Pass' })] },
    error: 'States.QueryEvaluationError',
  },
  {
    name: 'Parallel: Parameters intrinsic fails',
    lang: 'JSONPath',
    timing: 'sync',
    state: { Type: 'Parallel', Parameters: { 'x.$': OUT_OF_RANGE }, Branches: [branch({ Type: 'Pass' })] },
    error: 'States.IntrinsicFailure',
  },
  {
    name: 'Parallel: a JSONata Pass in a branch fails its Output',
    lang: 'JSONata',
    timing: 'async',
    state: { Type: 'Parallel', Branches: [branch({ Type: 'Pass', Output: '{% $states.input.nope.deeper %}' })] },
    error: 'States.QueryEvaluationError',
  },
  ...(['sync', 'async'] as const).flatMap((timing) =>
    (['JSONata', 'JSONPath'] as const).map((lang): Case => ({
      name: `Parallel: a branch Task's ${timing} dispatcher answers an error`,
      lang,
      timing,
      state: { Type: 'Parallel', Branches: [branch({ Type: 'Pass' }), branch({ Type: 'Task', Resource: LAMBDA })] },
      error: 'Custom.Boom',
    })),
  ),
];

const processor = (state: Record<string, unknown>) => ({ ProcessorConfig: { Mode: 'INLINE' }, ...branch(state) });

const mapCases: Case[] = [
  {
    name: 'Map: Items fail to evaluate',
    lang: 'JSONata',
    timing: 'async',
    state: { Type: 'Map', Items: '{% $states.input.nope.deeper %}', ItemProcessor: processor({ Type: 'Pass' }) },
    error: 'States.QueryEvaluationError',
  },
  {
    name: 'Map: ItemSelector fails to evaluate',
    lang: 'JSONata',
    timing: 'async',
    state: {
      Type: 'Map',
      Items: [1, 2],
      ItemSelector: { v: '{% $states.input.nope.deeper %}' },
      ItemProcessor: processor({ Type: 'Pass' }),
    },
    error: 'States.QueryEvaluationError',
  },
  {
    name: 'Map: ItemSelector intrinsic fails',
    lang: 'JSONPath',
    timing: 'sync',
    state: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'v.$': OUT_OF_RANGE },
      ItemProcessor: processor({ Type: 'Pass' }),
    },
    error: 'States.IntrinsicFailure',
  },
  ...(['sync', 'async'] as const).flatMap((timing) =>
    (['JSONata', 'JSONPath'] as const).map((lang): Case => ({
      name: `Map: an iteration Task's ${timing} dispatcher answers an error`,
      lang,
      timing,
      state: {
        Type: 'Map',
        ...(lang === 'JSONata' ? { Items: '{% $states.input.items %}' } : { ItemsPath: '$.items' }),
        ItemProcessor: processor({ Type: 'Task', Resource: LAMBDA }),
      },
      error: 'Custom.Boom',
    })),
  ),
];

for (const c of [...taskCases, ...parallelCases, ...mapCases]) {
  test(`catcher (${c.lang}, ${c.timing}): ${c.name}`, async () => {
    const r = await run(machine(c.lang, c.state), { items: [1, 2] }, { tasks: dispatcher(c.timing) });
    assert.equal(r.status, 'SUCCEEDED', `${r.error}: ${r.cause}`);
    const output = r.output as Record<string, unknown>;
    if (c.lang === 'JSONata') assert.deepEqual(output, { caught: c.error });
    else assert.equal((output.caught as Record<string, unknown>).Error, c.error);
    const types = eventTypes(r.execution);
    assert.ok(types.filter((t) => t === 'EvaluationFailed').length <= 1, types.join(' '));
    assert.equal(types.filter((t) => t === 'SucceedStateEntered').length, 1);
    if (c.state.Type === 'Task') assert.equal(r.execution.transitions, 2);
  });
}

test('catcher: a catcher whose own Output fails fails the execution with that error, once', async () => {
  const def = machine('JSONata', { Type: 'Task', Resource: LAMBDA, Arguments: '{% $states.input.nope.deeper %}' });
  const states = (def as { States: Record<string, Record<string, unknown>> }).States;
  states.S.Catch = [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput.nope.deeper %}', Next: 'Handled' }];
  const r = await run(def, {}, { tasks: dispatcher('async') });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.equal(eventTypes(r.execution).filter((t) => t === 'EvaluationFailed').length, 1);
});

test('catcher: the issue reproduction goes to the catcher after exactly one EvaluationFailed', async () => {
  const def = machine('JSONata', { Type: 'Task', Resource: LAMBDA, Arguments: '{% $states.input.nope.deeper %}' });
  const r = await run(def, {}, { tasks: dispatcher('sync') });
  assert.equal(r.status, 'SUCCEEDED');
  const types = eventTypes(r.execution);
  assert.equal(types.filter((t) => t === 'EvaluationFailed').length, 1);
  assert.ok(!types.includes('TaskScheduled'), 'the task must not be scheduled');
  assert.deepEqual(
    r.execution.history.filter((e) => e.type === 'SucceedStateEntered').map((e) => e.details.name),
    ['Handled'],
  );
});
