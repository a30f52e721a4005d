/*
 * JSONata functions available in Step Functions: the JSONata 2.0.6 built-ins (minus $eval, which AWS
 * forbids) and the functions AWS adds ($partition, $range, $hash, $random with seed, $uuid, $parse),
 * plus the fields of the reserved `$states` variable. Pure data for completion, hover and validation.
 */
import type { ContextFieldSpec, JsonataFunctionSpec } from './types';

function fn(signature: string, doc: string, awsOnly = false): JsonataFunctionSpec {
  const name = signature.slice(0, signature.indexOf('('));
  return { name, signature, doc, awsOnly };
}

const STRING_FUNCTIONS = [
  fn(
    '$string(arg, prettify?)',
    'Converts a value to a string; objects and arrays become JSON (indented when `prettify` is true).',
  ),
  fn('$length(str)', 'Number of characters in a string.'),
  fn('$substring(str, start, length?)', 'Part of a string from `start` (zero-based; negative counts from the end).'),
  fn('$substringBefore(str, chars)', 'The part of `str` before the first occurrence of `chars`.'),
  fn('$substringAfter(str, chars)', 'The part of `str` after the first occurrence of `chars`.'),
  fn('$uppercase(str)', 'The string in upper case.'),
  fn('$lowercase(str)', 'The string in lower case.'),
  fn('$trim(str)', 'Removes leading and trailing whitespace and collapses inner whitespace runs to one space.'),
  fn('$pad(str, width, char?)', 'Pads a string to `width` characters (negative width pads on the left).'),
  fn('$contains(str, pattern)', 'True when the string contains the substring or matches the regular expression.'),
  fn('$split(str, separator, limit?)', 'Splits a string into an array by a substring or a regular expression.'),
  fn('$join(array, separator?)', 'Joins an array of strings into one string.'),
  fn(
    '$match(str, pattern, limit?)',
    'Regular-expression matches of a string, as objects with `match`, `index` and `groups`.',
  ),
  fn('$replace(str, pattern, replacement, limit?)', 'Replaces occurrences of a substring or regular expression.'),
  fn('$base64encode(str)', 'Encodes a string as Base64.'),
  fn('$base64decode(str)', 'Decodes a Base64 string.'),
  fn('$encodeUrlComponent(str)', 'Percent-encodes a URL component.'),
  fn('$encodeUrl(str)', 'Percent-encodes a full URL.'),
  fn('$decodeUrlComponent(str)', 'Decodes a percent-encoded URL component.'),
  fn('$decodeUrl(str)', 'Decodes a percent-encoded URL.'),
];

const NUMERIC_FUNCTIONS = [
  fn('$number(arg)', 'Converts a string or boolean to a number.'),
  fn('$abs(number)', 'Absolute value.'),
  fn('$floor(number)', 'Rounds down to an integer.'),
  fn('$ceil(number)', 'Rounds up to an integer.'),
  fn('$round(number, precision?)', 'Rounds half to even, to `precision` decimal places (default 0).'),
  fn('$power(base, exponent)', '`base` raised to `exponent`.'),
  fn('$sqrt(number)', 'Square root.'),
  fn(
    '$formatNumber(number, picture, options?)',
    'Formats a number with an XPath-style decimal picture, e.g. `#,##0.00`.',
  ),
  fn('$formatBase(number, radix?)', 'Formats an integer in another base (2-36).'),
  fn('$formatInteger(number, picture)', 'Formats an integer with an XPath-style picture (e.g. words, Roman numerals).'),
  fn('$parseInteger(string, picture)', 'Parses a string formatted with an integer picture.'),
];

const AGGREGATION_FUNCTIONS = [
  fn('$sum(array)', 'Sum of an array of numbers.'),
  fn('$max(array)', 'Largest number of an array.'),
  fn('$min(array)', 'Smallest number of an array.'),
  fn('$average(array)', 'Mean of an array of numbers.'),
];

const BOOLEAN_FUNCTIONS = [
  fn('$boolean(arg)', 'Casts a value to a boolean (empty strings, arrays, objects, 0 and null are false).'),
  fn('$not(arg)', 'Logical negation of the value cast to boolean.'),
  fn('$exists(arg)', 'True when the expression has a value (a missing path gives false).'),
];

const ARRAY_FUNCTIONS = [
  fn('$count(array)', 'Number of items of an array (1 for a single value, 0 for nothing).'),
  fn('$append(array1, array2)', 'Concatenates two arrays (or values).'),
  fn(
    '$sort(array, function?)',
    'Sorts an array, optionally with a comparator `function($l, $r)` returning true to swap.',
  ),
  fn('$reverse(array)', 'The array in reverse order.'),
  fn('$shuffle(array)', 'The array in random order.'),
  fn('$distinct(array)', 'The array without duplicates.'),
  fn('$zip(array1, ...)', 'Convolves arrays: an array of tuples of the items at each index.'),
];

const OBJECT_FUNCTIONS = [
  fn('$keys(object)', 'The keys of an object (or the union of the keys of an array of objects).'),
  fn('$lookup(object, key)', 'The value of `key` in an object.'),
  fn('$spread(object)', 'Splits an object into an array of one-key objects.'),
  fn('$merge(array)', 'Merges an array of objects into one; later keys win.'),
  fn('$sift(object, function)', 'The entries of an object for which `function($v, $k)` returns true.'),
  fn('$each(object, function)', 'Applies `function($v, $k)` to each entry of an object; returns the array of results.'),
  fn('$error(message?)', 'Raises an error with the message (in Step Functions: `States.QueryEvaluationError`).'),
  fn('$assert(condition, message?)', 'Raises an error with the message when the condition is false.'),
  fn('$type(value)', "Type name of a value: 'null', 'number', 'string', 'boolean', 'array', 'object' or 'function'."),
  fn('$clone(object)', 'A deep copy of an object or array.'),
];

const DATE_FUNCTIONS = [
  fn('$now(picture?, timezone?)', 'The current time as an ISO 8601 string; the same value throughout one evaluation.'),
  fn('$millis()', 'The current time in milliseconds since the Unix epoch.'),
  fn('$fromMillis(number, picture?, timezone?)', 'Formats milliseconds since the epoch as a timestamp string.'),
  fn('$toMillis(timestamp, picture?)', 'Parses a timestamp string into milliseconds since the epoch.'),
];

const HIGHER_ORDER_FUNCTIONS = [
  fn('$map(array, function)', 'Applies `function($v, $i, $a)` to each item; returns the array of results.'),
  fn('$filter(array, function)', 'The items for which `function($v, $i, $a)` returns true.'),
  fn('$single(array, function?)', 'The one item matching the predicate; an error if none or several match.'),
  fn('$reduce(array, function, init?)', 'Folds an array with `function($acc, $v)` from the left.'),
];

const AWS_FUNCTIONS = [
  fn('$partition(array, size)', 'Step Functions: splits an array into chunks of `size` items.', true),
  fn('$range(start, end, step)', 'Step Functions: the numbers from `start` to `end` inclusive, every `step`.', true),
  fn(
    '$hash(data, algorithm)',
    "Step Functions: hex hash of a string; algorithm 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512'.",
    true,
  ),
  fn(
    '$random(seed?)',
    'Step Functions: a random number with 0 <= n < 1; with an integer `seed` the result is repeatable.',
    true,
  ),
  fn('$uuid()', 'Step Functions: a new random version 4 UUID.', true),
  fn('$parse(jsonString)', 'Step Functions: parses a JSON string into a value (use it instead of `$eval`).', true),
];

const EVAL: JsonataFunctionSpec = {
  ...fn(
    '$eval(expr, context?)',
    'Not available in Step Functions: evaluating JSONata text at run time is blocked. Use `$parse` for JSON.',
  ),
  unavailable: true,
};

export const JSONATA_FUNCTIONS: readonly JsonataFunctionSpec[] = [
  ...STRING_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...AGGREGATION_FUNCTIONS,
  ...BOOLEAN_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...OBJECT_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...HIGHER_ORDER_FUNCTIONS,
  ...AWS_FUNCTIONS,
  EVAL,
];

/** Fields of the reserved `$states` variable (JSONata mode). `path` is the part after `$states.`. */
export const STATES_VARIABLE_FIELDS: readonly ContextFieldSpec[] = [
  { path: 'input', doc: 'The raw input of the current state.', availability: 'Every JSONata field of the state.' },
  {
    path: 'result',
    doc: 'The result of the task, the Parallel branches or the Map iterations, when it succeeded.',
    availability: 'Task, Parallel and Map states: only in `Output` and `Assign` (not in a catcher).',
  },
  {
    path: 'errorOutput',
    doc: 'The error output `{ "Error", "Cause" }` of a failure being handled.',
    availability: 'Only in the `Output` and `Assign` of a catcher (`Catch[]`).',
  },
  {
    path: 'context',
    doc: 'The context object: `Execution`, `State`, `StateMachine`, `Task`, `Map.Item` (same fields as `$$` in JSONPath).',
    availability: 'Every JSONata field.',
  },
];
