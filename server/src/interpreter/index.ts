/*
 * The interpreter's public surface for the CLI, the debug adapter and tests. Everything here is
 * pure: the caller injects the clock, randomness, task dispatch and file access.
 */
export { Execution, type ExecutionResult, type ExecutionStatus, type TokenResponse } from './execution';
export {
  createEnvironment,
  SimulatedClock,
  RealClock,
  type Clock,
  type Environment,
  type EnvironmentOptions,
  type ObjectStore,
  type ExecutionIdentity,
} from './environment';
export { seededRandom, uuidFrom } from './random';
export { mockDispatcher, checkMockSelection, type MockSelection } from './mocks';
export {
  chainDispatchers,
  handlerDispatcher,
  pendingCallbacks,
  describeResource,
  lambdaInvokeResult,
  type TaskDispatcher,
  type TaskHandler,
  type TaskOutcome,
  type TaskRequest,
} from './tasks';
export { toAwsHistory, type HistoryEvent, type HistoryEventType, type EventDetails } from './history';
export { flattenSnapshot, type FrameSnapshot, type FramePhase } from './snapshot';
export { PAYLOAD_LIMIT_BYTES, payloadSize } from './limits';
