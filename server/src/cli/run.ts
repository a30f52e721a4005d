/* placeholder: replaced below */
import type { CliIo } from './io';
export async function runCommand(_args: string[], _io: CliIo): Promise<number> {
  return 2;
}
