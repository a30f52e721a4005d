/*
 * End of a distributed Map run: child records (as DescribeExecution would show them) go to the
 * ResultWriter, or become the state result (COMPACT: successful outputs as they are).
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import type { ChildGroup } from '../group';
import { evaluatePayloadTemplate } from '../payload';
import { evaluateJsonataTemplate } from '../jsonata';
import { jsonataBindings } from '../flow';
import { writeResults, type ChildRecord } from '../map/resultWriter';
import { isJsonObject, type Json } from '../value';
import { mapRunArn } from './map';
import type { MapRun } from './mapPlan';

export function finishDistributed(engine: Engine, frame: Frame): Json | Failure | Promise<Json | Failure> {
  const group = frame.waiting;
  const run = frame.mapRun;
  if (group === undefined || run === undefined)
    return new Failure('States.Runtime', `Map state '${frame.state.name}' finished without its run data.`);
  const def = frame.state.def;
  const writer = isJsonObject(def.ResultWriter) ? def.ResultWriter : undefined;
  const records = childRecords(engine, frame, group, run);
  const runArn = mapRunArn(engine, frame);
  const runId = runArn.slice(runArn.lastIndexOf(':') + 1);
  const write = (args: Json | Failure): Json | Failure =>
    isFailure(args)
      ? args
      : writeResults(engine.env.objects, {
          def: writer ?? {},
          args,
          mapRunArn: runArn,
          mapRunId: runId,
          children: records,
        });
  const template = writer ? (writer.Arguments ?? writer.Parameters ?? {}) : {};
  if (frame.state.jsonata) return evaluateJsonataTemplate(template, jsonataBindings(frame), frame).then(write);
  return write(evaluatePayloadTemplate(template, frame.afterInputPath ?? frame.input, frame));
}

function childRecords(engine: Engine, frame: Frame, group: ChildGroup, run: MapRun): ChildRecord[] {
  const { region, account, stateMachineName } = engine.env.identity;
  const label = typeof frame.state.def.Label === 'string' ? frame.state.def.Label : frame.state.name;
  const start = new Date(run.startedAt).toISOString();
  const stop = new Date(engine.now()).toISOString();
  return group.results.map((output, index) => {
    const name = `${label}-${index}`;
    return {
      index,
      status: group.outcomes[index] ?? 'FAILED',
      input: run.inputs[index] ?? null,
      output: output ?? null,
      name,
      executionArn: `arn:aws:states:${region}:${account}:execution:${stateMachineName}/${label}:${name}`,
      startDate: start,
      stopDate: stop,
      stateMachineArn: `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}/${label}`,
    };
  });
}
