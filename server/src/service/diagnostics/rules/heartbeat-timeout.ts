/*
 * heartbeat-timeout: HeartbeatSeconds must be smaller than TimeoutSeconds (both literal numbers;
 * an unset TimeoutSeconds defaults to 99999999, which the HeartbeatSeconds range already covers).
 */
import { getPropertyValue } from '../../../asl/nodes';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const heartbeatTimeoutRule: DiagnosticRule = {
  scope: 'states',
  codes: ['heartbeat-timeout'],
  check(ctx) {
    for (const state of ctx.statesOfType('Task')) {
      if (!state.node) continue;
      const heartbeat = getPropertyValue(state.node, 'HeartbeatSeconds');
      const timeout = getPropertyValue(state.node, 'TimeoutSeconds');
      if (heartbeat?.kind !== 'number' || timeout?.kind !== 'number') continue;
      const h = heartbeat.value as number;
      const t = timeout.value as number;
      if (h >= t)
        ctx.report('heartbeat-timeout', heartbeat.span, MESSAGES.heartbeatNotBelowTimeout(h, t), {
          data: { state: state.name, heartbeat: h, timeout: t },
        });
    }
  },
};
