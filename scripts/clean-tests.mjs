// Deletes out/ before `npm run compile-tests`: tsc never removes the output of a deleted or renamed
// test, and scripts/run-tests.mjs runs every *.test.js under out/, so a stale one would still run.
import { rmSync } from 'node:fs';

rmSync('out', { recursive: true, force: true });
