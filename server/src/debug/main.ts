/*
 * Entry of dist/debugAdapter.js: the ASL step debugger's Debug Adapter, over stdio, or as a TCP
 * server with `--server=PORT` (for debugging the adapter itself). stdout carries DAP only, so
 * console.log from local task handlers goes to stderr. Must never import `vscode`.
 */
import { format } from 'util';
import { DebugSession } from '@vscode/debugadapter';
import { AslDebugSession } from './session';

console.log = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
console.info = console.log;
DebugSession.run(AslDebugSession);
