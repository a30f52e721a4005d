// Language ids and document selectors, in one place. ASL Studio owns `asl-studio-json` and
// `asl-studio-yaml`; it also serves the AWS Toolkit's `asl` / `asl-yaml` so users who keep the
// Toolkit (which may win the file association) still get our features. Must match package.json
// "contributes.languages".
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
