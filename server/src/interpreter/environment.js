"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MAX_TRANSITIONS = exports.RealClock = exports.SimulatedClock = void 0;
exports.seededRandom = seededRandom;
exports.uuidFrom = uuidFrom;
exports.createEnvironment = createEnvironment;
class SimulatedClock {
    time;
    realTime = false;
    constructor(time = Date.UTC(2024, 0, 1)) {
        this.time = time;
    }
    now() {
        return this.time;
    }
    advanceTo(at) {
        if (at > this.time)
            this.time = at;
    }
}
exports.SimulatedClock = SimulatedClock;
/** Real time, for `--real-time`: waits with setTimeout (the only timer, injected by the caller). */
class RealClock {
    sleep;
    nowFn;
    realTime = true;
    constructor(sleep, nowFn) {
        this.sleep = sleep;
        this.nowFn = nowFn;
    }
    now() {
        return this.nowFn();
    }
    advanceTo(at) {
        const ms = at - this.nowFn();
        return ms > 0 ? this.sleep(ms) : undefined;
    }
}
exports.RealClock = RealClock;
/** mulberry32: a small, fast, seedable PRNG in [0, 1). */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A version-4 UUID drawn from the given random source (deterministic when seeded). */
function uuidFrom(random) {
    const hex = '0123456789abcdef';
    let out = '';
    for (let i = 0; i < 36; i++) {
        if (i === 8 || i === 13 || i === 18 || i === 23)
            out += '-';
        else if (i === 14)
            out += '4';
        else if (i === 19)
            out += hex[8 + Math.floor(random() * 4)];
        else
            out += hex[Math.floor(random() * 16)];
    }
    return out;
}
exports.DEFAULT_MAX_TRANSITIONS = 10_000_000;
function createEnvironment(options = {}, defaultTasks) {
    const random = seededRandom(options.seed ?? 1);
    return {
        clock: options.clock ?? new SimulatedClock(),
        random,
        tasks: options.tasks ?? defaultTasks ?? { dispatch: () => undefined },
        objects: options.objects,
        identity: {
            stateMachineName: 'StateMachine',
            executionName: uuidFrom(seededRandom((options.seed ?? 1) + 7)),
            region: 'us-east-1',
            account: '123456789012',
            roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsLocal',
            ...options.identity,
        },
        maxTransitions: options.maxTransitions ?? exports.DEFAULT_MAX_TRANSITIONS,
        recordHistory: options.recordHistory ?? true,
        historyPayloads: options.historyPayloads ?? true,
        advanceWhenIdle: options.advanceWhenIdle ?? false,
    };
}
//# sourceMappingURL=environment.js.map