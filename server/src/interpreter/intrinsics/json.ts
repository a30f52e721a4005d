/*
 * Intrinsics for JSON data: States.JsonMerge (shallow only: the third argument must be false),
 * States.StringToJson (the empty string is null, as on AWS) and States.JsonToString (compact JSON text).
 */
import { Failure } from '../failure';
import { parseJsonGuarded } from '../guards';
import { type JsonObject, setOwn, shallowCopy } from '../value';
import { type IntrinsicImpl, argObject, argString, intrinsicFailure } from './support';

const jsonMerge: IntrinsicImpl = (input) => {
  const a = argObject(input, 0);
  const b = argObject(input, 1);
  if (a instanceof Failure) return a;
  if (b instanceof Failure) return b;
  const deep = input.args[2];
  if (deep !== false)
    return intrinsicFailure(
      input.name,
      deep === true
        ? 'deep merging is not supported, the third argument must be false'
        : 'the third argument must be the boolean false',
    );
  const merged: JsonObject = shallowCopy(a);
  for (const key of Object.keys(b)) setOwn(merged, key, b[key]);
  return merged;
};

const stringToJson: IntrinsicImpl = (input) => {
  const s = argString(input, 0);
  if (s instanceof Failure) return s;
  if (s === '') return null; // AWS: States.StringToJson('') is null
  const parsed = parseJsonGuarded(s, 'the argument');
  return 'error' in parsed ? intrinsicFailure(input.name, parsed.error) : parsed.value;
};

const jsonToString: IntrinsicImpl = ({ args }) => JSON.stringify(args[0]);

export const JSON_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.JsonMerge': jsonMerge,
  'States.StringToJson': stringToJson,
  'States.JsonToString': jsonToString,
};
