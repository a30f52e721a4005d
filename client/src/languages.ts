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

/** Every document this extension serves; the Toolkit's ids only when `includeToolkit` is true. */
export function documentSelector(includeToolkit: boolean): LanguageFilter[] {
  const ids: string[] = [LANGUAGE_IDS.json, LANGUAGE_IDS.yaml];
  if (includeToolkit) ids.push(TOOLKIT_LANGUAGE_IDS.json, TOOLKIT_LANGUAGE_IDS.yaml);
  return ids.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
}
