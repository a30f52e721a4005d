/*
 * definition-size: AWS Step Functions refuses definitions over 1 MB (a hard quota, UTF-8 bytes of
 * the definition string). Error when even the minified JSON is too large; warning when only the
 * text as written is (JSON with white space: deploy it minified). Cheap: short texts are not
 * measured, ASCII JSON is measured on the tree's spans, not character by character.
 */
import type { AslNode, AslProperty } from '../../../asl/types';
import type { SourceText } from '../../../asl/text';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';
import { minifiedJsonBytes, minifiedJsonChars, treeJsonBytes, utf8Bytes, type SubtreeMeasure } from '../support/sizes';

export const MAX_DEFINITION_BYTES = 1_048_576;
/** YAML under half the limit is not measured: as JSON it would have to more than double (quotes, braces, commas). */
const YAML_MEASURED_FROM = MAX_DEFINITION_BYTES / 2;

/** Minified size; a session keeps each top-level state's share while that state is unchanged. */
function measure(ctx: RuleContext, yaml: boolean, ascii: boolean): number {
  const root = ctx.doc.root as AslNode;
  const kept =
    (key: string): SubtreeMeasure =>
    (node, compute) =>
      ctx.unitValue(key, node, compute);
  if (yaml) return treeJsonBytes(root, kept('json-bytes'));
  return ascii ? minifiedJsonChars(root, kept('minified-chars')) : minifiedJsonBytes(ctx.doc.text);
}

/** The text's size in UTF-8 bytes; for all-ASCII text that is its length (the whole string is not built). */
function writtenBytes(text: SourceText, ascii: boolean): number {
  return ascii ? text.length : utf8Bytes(text.toString());
}

/**
 * True when the text is ASCII; a session keeps each top-level state's answer while that state is
 * unchanged, and the answer for the text around them while only states change.
 */
function isAscii(ctx: RuleContext): boolean {
  const text = ctx.text;
  const props = ctx.doc.machine?.statesNode?.properties ?? [];
  /* a text that is one string already (not after a keystroke) is tested whole once, not state by state */
  let whole: boolean | undefined;
  const wholeAscii = (): boolean => (whole ??= text.isJoined && ALL_ASCII.test(text.toString()));
  if (ctx.outsideValue('non-ascii', () => (wholeAscii() || asciiOutside(text, props) ? 0 : 1)) === 1) return false;
  for (const prop of props) {
    const value = prop.value;
    if (value === undefined) continue;
    const nonAscii = ctx.unitValue('non-ascii', value, () =>
      wholeAscii() || asciiBetween(text, value.start, value.end) ? 0 : 1,
    );
    if (nonAscii === 1) return false;
  }
  return true;
}

/** True when the text around the top-level states' values is ASCII. */
function asciiOutside(text: SourceText, props: readonly AslProperty[]): boolean {
  let from = 0;
  for (const prop of props) {
    const value = prop.value;
    if (value === undefined) continue;
    if (!asciiBetween(text, from, value.start)) return false;
    from = value.end;
  }
  return asciiBetween(text, from, text.length);
}

/** Only ASCII characters, start to end: one native scan (4× faster than a loop over charCodeAt on 500 KB). */
const ALL_ASCII = /^[^\u0080-\uffff]*$/;

function asciiBetween(text: SourceText, from: number, to: number): boolean {
  return ALL_ASCII.test(text.slice(from, to));
}

export const definitionSizeRule: DiagnosticRule = {
  scope: 'document',
  codes: ['definition-size'],
  check(ctx) {
    const { doc } = ctx;
    if (doc.root === undefined || doc.syntaxErrors.length > 0) return; // a broken text is refused anyway
    const yaml = doc.format === 'yaml';
    const length = ctx.text.length;
    if (yaml ? length < YAML_MEASURED_FROM : length * 3 <= MAX_DEFINITION_BYTES) return;
    const ascii = !yaml && isAscii(ctx);
    const written = yaml ? 0 : writtenBytes(ctx.text, ascii);
    if (!yaml && written <= MAX_DEFINITION_BYTES) return;
    const minified = measure(ctx, yaml, ascii);
    const at = { start: doc.root.start, end: Math.min(doc.root.end, doc.root.start + 1) };
    if (minified > MAX_DEFINITION_BYTES)
      ctx.report('definition-size', at, MESSAGES.definitionTooLarge(minified), { data: { bytes: minified } });
    else if (written > MAX_DEFINITION_BYTES) {
      ctx.report('definition-size', at, MESSAGES.definitionLargeAsWritten(written, minified), {
        severity: 'warning',
        data: { bytes: written, minified },
      });
    }
  },
};
