// Loads the ASL Studio TextMate grammars with vscode-textmate + vscode-oniguruma (as VS Code does)
// and turns a document into a readable token listing for snapshot tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** Repo root: this file runs from out/syntaxes/test/, so three levels up. */
export const ROOT = path.resolve(__dirname, '../../..');

const GRAMMAR_FILES: Record<string, string> = {
  'source.asl-studio.json': 'syntaxes/asl.tmLanguage.json',
  'source.asl-studio.yaml': 'syntaxes/asl-yaml.tmLanguage.json',
};

let registry: vsctm.Registry | undefined;

function getRegistry(): vsctm.Registry {
  if (registry) return registry;
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  const onigLib = oniguruma.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      if (!file) return null;
      const full = path.join(ROOT, file);
      return vsctm.parseRawGrammar(fs.readFileSync(full, 'utf8'), full);
    },
  });
  return registry;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

export async function tokenize(scopeName: string, text: string): Promise<Token[]> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      tokens.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** One line per source line (prefixed ">"), then one line per non-blank token with its scopes. */
export function formatSnapshot(text: string, tokens: Token[]): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((lineText, i) => {
    out.push(`>${lineText}`);
    for (const t of tokens.filter((tok) => tok.line === i && tok.text.trim() !== '')) {
      out.push(`  ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
    }
  });
  return out.join('\n') + '\n';
}
