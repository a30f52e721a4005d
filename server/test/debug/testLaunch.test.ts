// "Debug Test": the `test: { file, case }` launch attribute runs a case of an `asl test` file in the
// debugger with the case's own input and inline mocks (the definition named in launch.json is
// replaced); a bad test file or an unknown case refuses the launch with a located message.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { EXAMPLES, startSession } from './client';

const folder = mkdtempSync(join(tmpdir(), 'asl-debug-test-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const TEST_FILE = join(folder, 'order.asl.test.yaml');
writeFileSync(
  TEST_FILE,
  `definition: ${JSON.stringify(join(EXAMPLES, 'order-processing.asl.json'))}
cases:
  Invalid order:
    input: { orderId: ord-7 }
    mocks:
      ValidateOrder: { "0": { Return: { Payload: { valid: false, total: 0 } } } }
    expect: { status: FAILED }
`,
);

test('a test case runs with its input and inline mocks', async () => {
  const s = await startSession(
    { definition: 'parallel-fanout.asl.json', test: { file: TEST_FILE, case: 'Invalid order' } },
    { waitFor: 'end', previewed: [join(EXAMPLES, 'order-processing.asl.json')] },
  );
  try {
    await s.first;
    const last = s.overlays[s.overlays.length - 1];
    assert.equal(last.definitionPath, join(EXAMPLES, 'order-processing.asl.json'));
    assert.deepEqual(last.path, ['ValidateOrder', 'IsOrderValid', 'RejectOrder']);
    assert.equal(last.status, 'FAILED');
    assert.match(last.states.find((st) => st.name === 'ValidateOrder')?.input ?? '', /"orderId": ?"ord-7"/);
  } finally {
    await s.end();
  }
});

test('an unknown case or a broken test file refuses the launch, saying where', async () => {
  const broken = join(folder, 'broken.asl.test.yaml');
  writeFileSync(broken, 'cases:\n  A:\n    expect: { status: SUCCEEDED }\n');
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ file: TEST_FILE, case: 'Invalid ordr' }, /has no case 'Invalid ordr'; did you mean 'Invalid order'\?/],
    [{ file: broken, case: 'A' }, /broken\.asl\.test\.yaml:1:1: .*definition/],
  ];
  for (const [attribute, expected] of cases) {
    const dc = new DebugClient('node', join(EXAMPLES, '../dist/debugAdapter.js'), 'asl');
    await dc.start();
    try {
      await assert.rejects(
        dc.launch({ definition: join(EXAMPLES, 'order-processing.asl.json'), test: attribute }),
        expected,
      );
    } finally {
      await dc.stop();
    }
  }
});
