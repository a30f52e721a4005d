/*
 * Whether two absolute file paths name the same definition (the debugger and the Run command key
 * execution overlays by path). Pure; case-insensitive on Windows only.
 */
import * as path from 'node:path';

export function samePath(a: string, b: string, platform: string = process.platform): boolean {
  if (platform !== 'win32') return path.posix.normalize(a) === path.posix.normalize(b);
  return path.win32.normalize(a).toLowerCase() === path.win32.normalize(b).toLowerCase();
}
