/*
 * The launch module's public surface: one path from a launch request to a validated, runnable
 * execution, for `asl run`, the debug adapter and `asl test`, plus the execution overlay they share.
 */
export { prepareLaunch, isLaunchFailure, machineNameFor } from './launch';
export type { LaunchRequest, LaunchMode, PreparedLaunch, LaunchFailure } from './launch';
export type { LaunchTemplate } from './template';
export { CLI_NAMES, LAUNCH_CONFIG_NAMES } from './names';
export { describeIoError, type LaunchIo } from './io';
export { formatDiagnosticLine } from './diagnostics';
export { confinedPath } from './objectStore';
