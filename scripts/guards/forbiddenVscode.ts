// What `import ... from 'vscode'` resolves to outside client/ (tsconfig.json "paths"): type-checking
// this file fails, so `tsc -p server` and `tsc -p media` reject the import (ARCHITECTURE.md, "What
// is enforced"). client/ resets "paths" and sees the real @types/vscode. Never import this file.
export const onlyClientImportsVscode: 'only client/ may import vscode (ARCHITECTURE.md)' = 'imported outside client/';
