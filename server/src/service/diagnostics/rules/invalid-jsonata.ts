/*
 * invalid-jsonata: the body of every `{% %}` string of a JSONata state must parse with jsonata
 * 2.0.6 (reported at the error position inside the string), not call $eval, and not read a field
 * at the top level (no context item in Step Functions: UNSUPPORTED_JSONATA_EXPRESSION). Warnings for
 * `{% %}` strings in JSONPath states (taken literally) and for strings that look like JSONata but
 * are not one whole `{% %}` expression (never evaluated).
 */
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import type { JsonataSite } from '../support/sites';
import { textSpan } from '../support/strings';

const UNAVAILABLE = new Set(['eval']);

export const invalidJsonataRule: DiagnosticRule = {
  scope: 'states',
  codes: ['invalid-jsonata'],
  check(ctx) {
    const sites = ctx.expressions;
    for (const site of sites.jsonata) checkExpression(ctx, site);
    for (const site of sites.misplacedJsonata) {
      if (site.direct) continue; // invalid-type already says the field needs another type here
      ctx.report('invalid-jsonata', site.node.span, MESSAGES.jsonataInJsonPath(), {
        severity: 'warning',
        data: { state: site.state.name },
      });
    }
    for (const site of sites.malformedJsonata) {
      if (site.direct) continue;
      ctx.report('invalid-jsonata', site.node.span, MESSAGES.jsonataNotWhole(), {
        severity: 'warning',
        data: { state: site.state.name },
      });
    }
  },
};

function checkExpression(ctx: RuleContext, site: JsonataSite): void {
  const value = site.node.value as string;
  if (site.expression.trim() === '') {
    ctx.report('invalid-jsonata', textSpan(ctx.text, site.node, 0, value.length), MESSAGES.jsonataEmpty(), {
      data: { state: site.state.name },
    });
    return;
  }
  const parsed = ctx.jsonata(site.expression);
  if (parsed.error) {
    const { start, end, message, atEnd } = parsed.error;
    // +2: the expression starts after "{%". An error at the very end points at the closing "%}".
    const from = atEnd ? value.length - 2 : 2 + start;
    const to = atEnd ? value.length : Math.max(2 + end, from + 1);
    ctx.report(
      'invalid-jsonata',
      textSpan(ctx.text, site.node, from, Math.min(to, value.length)),
      MESSAGES.jsonataSyntax(message),
      {
        data: { state: site.state.name },
      },
    );
    return;
  }
  for (const ref of parsed.refs?.topLevelNames ?? []) {
    ctx.report(
      'invalid-jsonata',
      textSpan(ctx.text, site.node, 2 + ref.start, 2 + ref.end),
      MESSAGES.jsonataTopLevel(ref.name),
      {
        data: { state: site.state.name, name: ref.name },
      },
    );
  }
  const regex = parsed.unsupportedRegex;
  if (regex !== undefined)
    ctx.report(
      'invalid-jsonata',
      textSpan(ctx.text, site.node, 2 + regex.start, 2 + regex.end),
      MESSAGES.jsonataRegexNotLinear(regex.message),
      {
        severity: 'warning',
        data: { state: site.state.name },
      },
    );
  checkStatesFields(ctx, site);
  for (const fn of parsed.refs?.functions ?? []) {
    if (!UNAVAILABLE.has(fn.name)) continue;
    ctx.report(
      'invalid-jsonata',
      textSpan(ctx.text, site.node, 2 + fn.start, 2 + fn.end),
      MESSAGES.jsonataUnsupportedFunction(fn.name),
      {
        data: { state: site.state.name, function: fn.name },
      },
    );
  }
}

const ERROR_OUTPUT = /\$states\s*\.\s*errorOutput\b/;
const RESULT = /\$states\s*\.\s*result\b/;
const HAS_RESULT = new Set(['Task', 'Parallel', 'Map']);

/**
 * $states.errorOutput only in catchers (AWS refuses it elsewhere); $states.result only after a result exists
 * (warning).
 */
function checkStatesFields(ctx: RuleContext, site: JsonataSite): void {
  const inCatcher = site.field === 'Catch';
  const errorOutput = ERROR_OUTPUT.exec(site.expression);
  if (errorOutput && !inCatcher) {
    const at = 2 + errorOutput.index;
    ctx.report(
      'invalid-jsonata',
      textSpan(ctx.text, site.node, at, at + errorOutput[0].length),
      MESSAGES.jsonataErrorOutput(),
      { data: { state: site.state.name } },
    );
  }
  const result = RESULT.exec(site.expression);
  const resultOk =
    !inCatcher && HAS_RESULT.has(site.state.type ?? '') && (site.field === 'Output' || site.field === 'Assign');
  if (result && !resultOk) {
    const at = 2 + result.index;
    ctx.report('invalid-jsonata', textSpan(ctx.text, site.node, at, at + result[0].length), MESSAGES.jsonataResult(), {
      severity: 'warning',
      data: { state: site.state.name },
    });
  }
}
