/*
 * Whether two absolute file paths name the same definition (the debugger and the Run command key
 * execution overlays by path, VS Code names documents by URI). Pure; case-insensitive on Windows only.
 */
import * as path from 'node:path';

/** One key per file: normalized, and lower-cased on Windows (drive letters and names). */
export function pathKey(filePath: string, platform: string = process.platform): string {
  if (platform !== 'win32') return path.posix.normalize(filePath);
  return path.win32.normalize(filePath).toLowerCase();
}

export function samePath(a: string, b: string, platform: string = process.platform): boolean {
  return pathKey(a, platform) === pathKey(b, platform);
}
