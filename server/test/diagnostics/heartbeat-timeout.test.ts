import { test } from 'node:test';
import { expectNone, expectOne, machine } from './helper';

const task = (extra: Record<string, unknown>) =>
  machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true, ...extra } });

test('heartbeat-timeout: HeartbeatSeconds equal to TimeoutSeconds', () => {
  expectOne(task({ TimeoutSeconds: 60, HeartbeatSeconds: 60 }), 'heartbeat-timeout', '60');
});

test('heartbeat-timeout: smaller heartbeat, or no TimeoutSeconds, is fine', () => {
  expectNone(task({ TimeoutSeconds: 600, HeartbeatSeconds: 60 }), 'heartbeat-timeout');
  expectNone(task({ HeartbeatSeconds: 60 }), 'heartbeat-timeout');
});
