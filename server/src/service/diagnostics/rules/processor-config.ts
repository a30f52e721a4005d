/*
 * processor-config: distributed-only Map fields (ItemReader, ItemBatcher, ResultWriter, Label) on an
 * INLINE Map; a DISTRIBUTED Map without ExecutionType. The ProcessorConfig is read from ItemProcessor
 * or from the legacy Iterator (AWS accepts it there too). ToleratedFailure* on an INLINE Map are
 * accepted by AWS, so they get a warning, not an error (ARCHITECTURE.md: docs vs AWS).
 */
import { getProperty, getPropertyValue } from '../../../asl/nodes';
import type { AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

const DISTRIBUTED_ONLY = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'Label'];
/** Documented for DISTRIBUTED Maps only, yet accepted by AWS on INLINE Maps. */
const ACCEPTED_ON_INLINE = [
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
];

export const processorConfigRule: DiagnosticRule = {
  scope: 'states',
  codes: ['processor-config'],
  check(ctx) {
    for (const state of ctx.statesOfType('Map')) if (state.node) checkMap(ctx, state);
  },
};

function checkMap(ctx: RuleContext, state: AslState): void {
  const processor = getPropertyValue(state.node, 'ItemProcessor') ?? getPropertyValue(state.node, 'Iterator');
  const config = getPropertyValue(processor, 'ProcessorConfig');
  const mode = getPropertyValue(config, 'Mode');
  const modeValue = modeOf(mode);
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
  for (const field of ACCEPTED_ON_INLINE) {
    const prop = getProperty(state.node, field);
    if (prop)
      ctx.report('processor-config', prop.keySpan, MESSAGES.documentedForDistributed(field), {
        severity: 'warning',
        data: { state: state.name, field },
      });
  }
}

/** 'INLINE' when no Mode is given, the Mode string, or undefined when it is not a string. */
function modeOf(mode: ReturnType<typeof getPropertyValue>): string | undefined {
  if (mode === undefined) return 'INLINE';
  return mode.kind === 'string' ? (mode.value as string) : undefined;
}
