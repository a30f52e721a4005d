// Language ids and document selectors, in one place. ASL Studio owns `asl-studio-json` and
// `asl-studio-yaml`; it also serves the AWS Toolkit's `asl` / `asl-yaml` so users who keep the
// Toolkit (which may win the file association) still get our features. Must match package.json
// "contributes.languages".
import { TEST_FILE_SUFFIXES } from '../../server/src/testProtocol';

export const LANGUAGE_IDS = { json: 'asl-studio-json', yaml: 'asl-studio-yaml' } as const;
export const TOOLKIT_LANGUAGE_IDS = { json: 'asl', yaml: 'asl-yaml' } as const;

const SCHEMES = ['file', 'untitled'] as const;

export interface LanguageFilter {
  language: string;
  scheme: string;
}

/** The language ids this extension serves; the Toolkit's only when `includeToolkit` is true. */
export function servedLanguageIds(includeToolkit: boolean): string[] {
  const ids: string[] = [LANGUAGE_IDS.json, LANGUAGE_IDS.yaml];
  if (includeToolkit) ids.push(TOOLKIT_LANGUAGE_IDS.json, TOOLKIT_LANGUAGE_IDS.yaml);
  return ids;
}

/** Every document this extension serves; the Toolkit's ids only when `includeToolkit` is true. */
export function documentSelector(includeToolkit: boolean): LanguageFilter[] {
  return servedLanguageIds(includeToolkit).flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}

/** Whether the server serves a document of this language and URI scheme. */
export function isServed(languageId: string, scheme: string, includeToolkit: boolean): boolean {
  return servedLanguageIds(includeToolkit).includes(languageId) && (SCHEMES as readonly string[]).includes(scheme);
}

/** Every language id whose documents are ASL definitions (ours and the Toolkit's). */
export const ALL_ASL_LANGUAGE_IDS: readonly string[] = [
  LANGUAGE_IDS.json,
  LANGUAGE_IDS.yaml,
  TOOLKIT_LANGUAGE_IDS.json,
  TOOLKIT_LANGUAGE_IDS.yaml,
];

/** File names of ASL definitions (package.json "contributes.languages" extensions). */
export const ASL_FILE_NAME = /\.asl\.(json|ya?ml)$/i;

/** True for a document that is an ASL definition by its language id or its file name. */
export function isAslDocument(languageId: string, fileName: string): boolean {
  return ALL_ASL_LANGUAGE_IDS.includes(languageId) || ASL_FILE_NAME.test(fileName);
}

/**
 * Files beside a definition that the server checks against it: Step Functions Local mock files
 * (`*.mocks.json`, the name `asl run` and the debugger look for) and `asl test` files. Plain JSON /
 * YAML documents, selected by name pattern so no other JSON or YAML file reaches the server.
 */
export const COMPANION_FILE_PATTERNS: readonly string[] = [
  '**/*.mocks.json',
  ...TEST_FILE_SUFFIXES.map((suffix) => `**/*${suffix}`),
];

export interface PatternFilter {
  scheme: string;
  pattern: string;
}

/** The definitions this extension serves and, on disk, their companion (mock) files. */
export function serverDocumentSelector(includeToolkit: boolean): (LanguageFilter | PatternFilter)[] {
  return [
    ...documentSelector(includeToolkit),
    ...COMPANION_FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
  ];
}
