/*
 * processor-config: distributed-only Map fields (ItemReader, ItemBatcher, ResultWriter,
 * ToleratedFailure*, Label) on an INLINE Map; a DISTRIBUTED Map without ExecutionType.
 */
import { getProperty, getPropertyValue } from '../../../asl/nodes';
import type { AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

const DISTRIBUTED_ONLY = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'Label',
];

export const processorConfigRule: DiagnosticRule = {
  scope: 'states',
  codes: ['processor-config'],
  check(ctx) {
    for (const state of ctx.statesOfType('Map')) if (state.node) checkMap(ctx, state);
  },
};

function checkMap(ctx: RuleContext, state: AslState): void {
  const config = getPropertyValue(getPropertyValue(state.node, 'ItemProcessor'), 'ProcessorConfig');
  const mode = getPropertyValue(config, 'Mode');
  const modeValue = mode?.kind === 'string' ? (mode.value as string) : mode === undefined ? 'INLINE' : undefined;
  if (modeValue === 'DISTRIBUTED') {
    if (!getProperty(config, 'ExecutionType')) {
      ctx.report('processor-config', mode!.span, MESSAGES.executionTypeRequired(), {
        data: { state: state.name, field: 'ExecutionType' },
      });
    }
    return;
  }
  if (modeValue !== 'INLINE') return; // unknown or computed mode: invalid-enum reports it
  const executionType = getProperty(config, 'ExecutionType');
  if (executionType)
    ctx.report('processor-config', executionType.keySpan, MESSAGES.executionTypeInline(), {
      severity: 'warning',
      data: { state: state.name, field: 'ExecutionType' },
    });
  for (const field of DISTRIBUTED_ONLY) {
    const prop = getProperty(state.node, field);
    if (prop)
      ctx.report('processor-config', prop.keySpan, MESSAGES.distributedOnly(field), {
        data: { state: state.name, field },
      });
  }
}
