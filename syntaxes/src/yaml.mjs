// The YAML grammar (source.asl-studio.yaml): a self-contained, line-oriented YAML grammar (block
// mappings and sequences, flow collections, quoted / plain / block scalars, comments, anchors and
// tags) with the same ASL layer as the JSON grammar. Blocks ("States:", payload fields, block
// scalars) end at the first non-blank line that is not indented deeper than their key.
import {
  FIELDS,
  CHOICE_OPERATORS,
  STATE_TYPES,
  PAYLOAD_FIELDS,
  STATE_REFERENCE_FIELDS,
  ENUM_VALUES,
  ERROR_NAMES,
  words,
  expressionRepository,
  jsonataTokens,
} from './shared.mjs';

const DQ_ESCAPE = {
  match: String.raw`\\(?:[0abtnvfre "/\\N_LP\t]|x\h{2}|u\h{4}|U\h{8})`,
  name: 'constant.character.escape.yaml',
};
const SQ_ESCAPE = { match: "''", name: 'constant.character.escape.single-quoted.yaml' };
const PLAIN_STOP = String.raw`(?=[ \t]+#|[ \t]*$)`;
/** A mapping key: quoted, or plain up to the first ": " (state names may contain spaces). */
const KEY = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{},&*!|>%@\x60-](?:[^#:]|:(?=\S))*?|-(?:[^#:\s]|:(?=\S))(?:[^#:]|:(?=\S))*?`;
/** Start of a block mapping entry: indentation (\1), optional "- " markers, then the key. */
const ENTRY = (key) => String.raw`^([ \t]*)((?:-[ \t]+)*)(${key})[ \t]*(:)(?=[ \t]|$)`;
/** End of a block opened by ENTRY: the next non-blank line indented no deeper than \1. */
const DEDENT = String.raw`^(?![ \t]*$)(?!\1[ \t]+\S)`;
const END_OF_VALUE = String.raw`[ \t]*(?=#|$)`;

const keyCaptures = (keyScope) => ({
  2: { name: 'punctuation.definition.block.sequence.item.yaml' },
  3: { name: keyScope ? `entity.name.tag.yaml ${keyScope}` : 'entity.name.tag.yaml' },
  4: { name: 'punctuation.separator.key-value.mapping.yaml' },
});

/** A payload key ending in .$ (its value is a path or an intrinsic call). */
const DYNAMIC_ENTRY = {
  match: String.raw`^([ \t]*)((?:-[ \t]+)*)((?:[^\s#'"\[\]{},&*!|>%@\x60-](?:[^#:]|:(?=\S))*?)(\.\$))[ \t]*(:)(?=[ \t]|$)`,
  captures: {
    2: { name: 'punctuation.definition.block.sequence.item.yaml' },
    3: { name: 'entity.name.tag.yaml' },
    4: { name: 'keyword.operator.dynamic-key.asl' },
    5: { name: 'punctuation.separator.key-value.mapping.yaml' },
  },
};

/** `key: |` or `key: >` followed by indented lines; JSONata and intrinsics inside are highlighted. */
function blockScalar(keyRegex, keyScope) {
  return {
    begin: ENTRY(keyRegex) + String.raw`[ \t]*([|>][-+0-9]*)[ \t]*(#.*)?$`,
    beginCaptures: {
      ...keyCaptures(keyScope),
      5: { name: 'keyword.control.flow.block-scalar.yaml' },
      6: { name: 'comment.line.number-sign.yaml' },
    },
    end: DEDENT,
    contentName: 'string.unquoted.block.yaml',
    patterns: [{ include: '#jsonata-yplain' }, { include: '#intrinsic-call-yplain' }],
  };
}

/** `Key: value` on one line, with the value matched by `valuePatterns`. */
function entry(keyRegex, keyScope, valuePatterns) {
  return { begin: ENTRY(keyRegex), beginCaptures: keyCaptures(keyScope), end: '$', patterns: valuePatterns };
}

/**
 * `Key:` opening a nested block (nothing but a comment after the colon). When the key follows a
 * "- " sequence marker, its children are indented past the key column, so the dedent test counts
 * the marker's width too (one variant per width: 1-3 spaces after the dash).
 */
function block(keyRegex, keyScope, bodyInclude) {
  const rule = (dash, end) => ({
    begin: String.raw`^([ \t]*)(${dash})(${keyRegex})[ \t]*(:)(?=[ \t]*(?:#.*)?$)`,
    beginCaptures: keyCaptures(keyScope),
    end,
    patterns: [{ include: '#comment' }, { include: bodyInclude }],
  });
  return {
    patterns: [
      ...[1, 2, 3].map((k) => rule(`-[ ]{${k}}(?=\\S)`, String.raw`^(?![ \t]*$)(?!\1[ \t]{${k + 2},}\S)`)),
      rule('', DEDENT),
    ],
  };
}

/** A value that is exactly one of `values` (plain or quoted), scoped `scope`. */
function wordValue(values, scope) {
  const w = words(values);
  return [
    {
      match: String.raw`\G[ \t]*(?:(${w})|(")(${w})(")|(')(${w})('))(?=${END_OF_VALUE})`,
      captures: {
        1: { name: `string.unquoted.plain.out.yaml ${scope}` },
        2: { name: 'string.quoted.double.yaml punctuation.definition.string.begin.yaml' },
        3: { name: `string.quoted.double.yaml ${scope}` },
        4: { name: 'string.quoted.double.yaml punctuation.definition.string.end.yaml' },
        5: { name: 'string.quoted.single.yaml punctuation.definition.string.begin.yaml' },
        6: { name: `string.quoted.single.yaml ${scope}` },
        7: { name: 'string.quoted.single.yaml punctuation.definition.string.end.yaml' },
      },
    },
    { include: '#inline-value' },
  ];
}

function quoted(quote, name, suffix, escape) {
  const str = (begin, extra, patterns) => ({
    begin,
    end: quote,
    name: `${name}${extra}`,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
    patterns: [...patterns, escape],
  });
  return {
    patterns: [
      str(`${quote}(?=\\$)`, ' meta.jsonpath.asl', [{ include: `#jsonpath${suffix}` }]),
      str(`${quote}(?=States\\.[A-Za-z][A-Za-z0-9]*\\s*\\()`, ' meta.intrinsic.asl', [
        { include: `#intrinsic-call${suffix}` },
      ]),
      str(`${quote}(?=\\s*\\{%)`, ' meta.jsonata.asl', [{ include: `#jsonata${suffix}` }]),
      {
        match: `(${quote})(States\\.(?:${words(ERROR_NAMES)}))(${quote})`,
        captures: {
          0: { name },
          1: { name: 'punctuation.definition.string.begin.yaml' },
          2: { name: 'support.type.error.asl' },
          3: { name: 'punctuation.definition.string.end.yaml' },
        },
      },
      str(quote, '', []),
    ],
  };
}

function plainExpression(lookahead, extra, include) {
  return {
    begin: `(?=${lookahead})`,
    end: PLAIN_STOP,
    contentName: `string.unquoted.plain.out.yaml${extra}`,
    patterns: [{ include }],
  };
}

export function yamlGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Amazon States Language (YAML)',
    scopeName: 'source.asl-studio.yaml',
    comment: 'Generated by syntaxes/src/build.mjs from syntaxes/src/*.mjs. Do not edit by hand.',
    patterns: [{ include: '#comment' }, { include: '#document' }, { include: '#asl-node' }],
    repository: {
      comment: {
        match: String.raw`(?:^|(?<=[ \t]))(#).*$`,
        name: 'comment.line.number-sign.yaml',
        captures: { 1: { name: 'punctuation.definition.comment.yaml' } },
      },
      document: { match: String.raw`^(?:---|\.\.\.)(?=\s|$)`, name: 'entity.other.document.yaml' },
      'asl-node': {
        patterns: [
          block('States', 'keyword.other.field.asl', '#states-body'),
          block(words(PAYLOAD_FIELDS), 'keyword.other.field.asl', '#payload-node'),
          { include: '#block-scalar' },
          entry('Type', 'keyword.other.field.asl', wordValue(STATE_TYPES, 'entity.name.type.state-type.asl')),
          entry(words(STATE_REFERENCE_FIELDS), 'keyword.other.field.asl', [
            {
              match: String.raw`\G[ \t]*(?:(")((?:[^"\\]|\\.)*)(")|(')((?:[^']|'')*)(')|([^\s#'"\[{][^#]*?))(?=${END_OF_VALUE})`,
              captures: {
                1: { name: 'string.quoted.double.yaml punctuation.definition.string.begin.yaml' },
                2: { name: 'string.quoted.double.yaml entity.name.function.state.asl' },
                3: { name: 'string.quoted.double.yaml punctuation.definition.string.end.yaml' },
                4: { name: 'string.quoted.single.yaml punctuation.definition.string.begin.yaml' },
                5: { name: 'string.quoted.single.yaml entity.name.function.state.asl' },
                6: { name: 'string.quoted.single.yaml punctuation.definition.string.end.yaml' },
                7: { name: 'string.unquoted.plain.out.yaml entity.name.function.state.asl' },
              },
            },
            { include: '#inline-value' },
          ]),
          entry(
            words([
              'QueryLanguage',
              'Mode',
              'ExecutionType',
              'JitterStrategy',
              'InputType',
              'CSVHeaderLocation',
              'CSVDelimiter',
              'ManifestType',
              'OutputType',
              'Transformation',
            ]),
            'keyword.other.field.asl',
            wordValue(ENUM_VALUES, 'constant.language.enum.asl'),
          ),
          entry(words(PAYLOAD_FIELDS), 'keyword.other.field.asl', [{ include: '#inline-value' }]),
          entry(words([...FIELDS, ...CHOICE_OPERATORS]), 'keyword.other.field.asl', [{ include: '#inline-value' }]),
          { include: '#plain-node' },
        ],
      },
      'states-body': {
        patterns: [
          {
            comment: 'Directly inside States:, every key is a state name; its block holds the state fields',
            begin: ENTRY(KEY),
            beginCaptures: keyCaptures('entity.name.function.state.asl'),
            end: DEDENT,
            patterns: [{ include: '#comment' }, { include: '#inline-value' }, { include: '#asl-node' }],
          },
        ],
      },
      'payload-node': {
        patterns: [
          blockScalar(KEY, ''),
          DYNAMIC_ENTRY,
          { begin: ENTRY(KEY), beginCaptures: keyCaptures(''), end: '$', patterns: [{ include: '#inline-value' }] },
          { include: '#sequence-item' },
          { include: '#inline-value' },
        ],
      },
      'plain-node': {
        patterns: [
          DYNAMIC_ENTRY,
          { begin: ENTRY(KEY), beginCaptures: keyCaptures(''), end: '$', patterns: [{ include: '#inline-value' }] },
          { include: '#sequence-item' },
          { include: '#inline-value' },
        ],
      },
      'sequence-item': {
        match: String.raw`^[ \t]*((?:-[ \t]*)+)(?=[ \t]|$)`,
        captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' } },
      },
      'block-scalar': { patterns: [blockScalar(words(FIELDS), 'keyword.other.field.asl'), blockScalar(KEY, '')] },
      'inline-value': {
        patterns: [
          { include: '#comment' },
          { include: '#double-quoted' },
          { include: '#single-quoted' },
          plainExpression(String.raw`\$`, ' meta.jsonpath.asl', '#jsonpath-yplain'),
          plainExpression(
            String.raw`States\.[A-Za-z][A-Za-z0-9]*\s*\(`,
            ' meta.intrinsic.asl',
            '#intrinsic-call-yplain',
          ),
          plainExpression(String.raw`\{%`, ' meta.jsonata.asl', '#jsonata-yplain'),
          { include: '#flow-mapping' },
          { include: '#flow-sequence' },
          {
            match: String.raw`(?<=^|[\s\[{,:])(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~)(?=${END_OF_VALUE}|[ \t]*[,\]}])`,
            name: 'constant.language.yaml',
          },
          {
            match: String.raw`(?<=^|[\s\[{,:])[-+]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?(?=${END_OF_VALUE}|[ \t]*[,\]}])`,
            name: 'constant.numeric.yaml',
          },
          {
            match: String.raw`(&)[^\s\[\]{},]+`,
            name: 'entity.name.type.anchor.yaml',
            captures: { 1: { name: 'punctuation.definition.anchor.yaml' } },
          },
          {
            match: String.raw`(\*)[^\s\[\]{},]+`,
            name: 'variable.other.alias.yaml',
            captures: { 1: { name: 'punctuation.definition.alias.yaml' } },
          },
          { match: String.raw`!(?:<[^>]*>|[^\s\[\]{},]*)`, name: 'storage.type.tag-handle.yaml' },
          {
            match: String.raw`(?<=^|[\s\[{,])(States\.(?:${words(ERROR_NAMES)}))(?=${END_OF_VALUE}|[ \t]*[,\]}])`,
            name: 'string.unquoted.plain.out.yaml support.type.error.asl',
          },
          {
            match: String.raw`[^\s#,\[\]{}](?:[^#,\[\]{}]|[ \t](?!#))*?(?=[ \t]*(?:#|,|\]|\}|$))`,
            name: 'string.unquoted.plain.out.yaml',
          },
        ],
      },
      'flow-mapping': {
        begin: String.raw`\{`,
        end: String.raw`\}`,
        name: 'meta.flow-mapping.yaml',
        beginCaptures: { 0: { name: 'punctuation.definition.mapping.begin.yaml' } },
        endCaptures: { 0: { name: 'punctuation.definition.mapping.end.yaml' } },
        patterns: [
          {
            match: String.raw`(?<=[{,]|^)[ \t]*(${words([...FIELDS, ...CHOICE_OPERATORS])})[ \t]*(:)(?=[ \t]|$)`,
            captures: {
              1: { name: 'entity.name.tag.yaml keyword.other.field.asl' },
              2: { name: 'punctuation.separator.key-value.mapping.yaml' },
            },
          },
          {
            match: String.raw`(?<=[{,]|^)[ \t]*([^\s#'",\[\]{}:](?:[^#,\[\]{}:]|:(?=\S))*?)[ \t]*(:)(?=[ \t]|$)`,
            captures: {
              1: { name: 'entity.name.tag.yaml' },
              2: { name: 'punctuation.separator.key-value.mapping.yaml' },
            },
          },
          { match: ',', name: 'punctuation.separator.mapping.yaml' },
          { match: ':', name: 'punctuation.separator.key-value.mapping.yaml' },
          { include: '#inline-value' },
        ],
      },
      'flow-sequence': {
        begin: String.raw`\[`,
        end: String.raw`\]`,
        name: 'meta.flow-sequence.yaml',
        beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
        endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
        patterns: [{ match: ',', name: 'punctuation.separator.sequence.yaml' }, { include: '#inline-value' }],
      },
      'double-quoted': quoted('"', 'string.quoted.double.yaml', '-ydq', DQ_ESCAPE),
      'single-quoted': quoted("'", 'string.quoted.single.yaml', '-ysq', SQ_ESCAPE),
      ...expressionRepository({ suffix: '-ydq', stop: '(?=")', escapes: [DQ_ESCAPE], backslashEscaped: true }),
      ...expressionRepository({ suffix: '-ysq', stop: "(?='(?!'))", escapes: [SQ_ESCAPE], quote: "''" }),
      ...expressionRepository({ suffix: '-yplain', stop: PLAIN_STOP }),
      'jsonata-tokens': jsonataTokens(),
    },
  };
}
