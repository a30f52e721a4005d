/*
 * The graph previews' layout engine: elkjs in a few long-lived Node worker threads
 * (dist/layoutThread.js), warmed up in the background when the extension starts, so a preview's
 * first drawing runs on compiled code and the extension host's thread only orchestrates
 * (server/src/graph/layout.ts: compounds and pieces, cached; independent ones run in parallel).
 * Plain Node: must not import `vscode`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { PreviewGraph } from '../../../server/src/protocol';
import type { GraphLayout } from '../../../server/src/graph/model';
import { layoutGraph } from '../../../server/src/graph/layout';
import { warmUpGraph, warmUpGraphs } from '../../../server/src/graph/warmUp';
import type { ElkJob, ElkJobResult } from './layoutThreadProtocol';

/** Rounds of warm-up graphs (a 24- and a 120-state machine each): ~150 elk layouts, in every thread. */
const WARM_UP_ROUNDS = 3;

interface Job {
  resolve(graph: ElkNode): void;
  reject(error: Error): void;
}

/** A warm-up elk layout waiting for an idle thread. */
interface IdleJob extends Job {
  readonly graph: ElkNode;
  readonly options: Record<string, string>;
}

interface Thread {
  readonly worker: Worker;
  readonly jobs: Map<number, Job>;
}

/** Pools made in this process: tags each pool's warm-up graphs (see warmUpThread). */
let poolsMade = 0;

export class LayoutPool {
  private readonly threads: (Thread | undefined)[];
  private readonly tag = `p${poolsMade++}`;
  /** How many elk layouts this pool has sent to its threads. */
  elkRuns = 0;
  private nextId = 0;
  private disposed = false;
  /** A preview asked for a layout: the warm-up stops (the threads are warm enough, or busy for real). */
  private used = false;
  /**
   * Each thread's warm-up elk layouts, sent to it only when it has nothing else to do: a preview's
   * layout waits for at most one warm-up layout per thread (a few ms), not for a whole warm-up graph.
   */
  private readonly idleJobs: IdleJob[][];

  constructor(
    private readonly scriptPath: string,
    size = defaultThreadCount(),
  ) {
    this.threads = new Array<Thread | undefined>(size).fill(undefined);
    this.idleJobs = this.threads.map(() => []);
  }

  /** Lays `graph` out with the threads. Rejects on an elkjs failure or a crashed thread. */
  layout(graph: PreviewGraph): Promise<GraphLayout> {
    this.used = true;
    return layoutGraph(graph, (g, options) => this.run(g, options));
  }

  /**
   * Starts every thread and has it load elkjs (a one-state layout each, sent only to idle threads):
   * what a preview's first layout pays otherwise, ~0.3 s of thread start and module load, before any
   * layout work. Resolves with the number of threads started; rejects if one cannot start.
   */
  async boot(): Promise<number> {
    const tiny = warmUpGraph(1, 'boot ');
    const runs = this.threads.map((_, i) => layoutGraph(tiny, (g, options) => this.runWhenIdle(i, g, options)));
    return (await Promise.all(runs)).length;
  }

  /**
   * Lays the warm-up graphs out (server/src/graph/warmUp.ts) in every thread, each thread its own
   * copy one graph at a time (V8 warms each thread's code apart, and a preview's pieces go to all
   * threads), until done or until a preview asks for a layout. Resolves with how many graphs it laid
   * out in all; rejects only if a layout failed.
   */
  async warmUp(rounds = WARM_UP_ROUNDS): Promise<number> {
    const perThread = await Promise.all(this.threads.map((_, i) => this.warmUpThread(i, rounds)));
    return perThread.reduce((sum, done) => sum + done, 0);
  }

  private async warmUpThread(index: number, rounds: number): Promise<number> {
    let done = 0;
    // names of this pool and thread: never in the process's layout cache (graph/compounds.ts), whose
    // hits would skip the elk runs the warm-up is for (a second pool, a second thread)
    for (const graph of warmUpGraphs(rounds, `${this.tag}t${index}`)) {
      if (this.used || this.disposed) break;
      await layoutGraph(graph, (g, options) => this.runWhenIdle(index, g, options));
      done++;
    }
    return done;
  }

  /** Stops the threads; resolves when they have stopped. */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const queue of this.idleJobs)
      for (const job of queue.splice(0)) job.reject(new Error('the layout pool was disposed'));
    const stopping = this.threads.map((thread) => thread?.worker.terminate());
    this.threads.fill(undefined);
    await Promise.all(stopping);
  }

  private run(graph: ElkNode, options: Record<string, string>): Promise<ElkNode> {
    if (this.disposed) return Promise.reject(new Error('the layout pool was disposed'));
    return this.post(this.leastBusy(), graph, options);
  }

  private post(thread: Thread, graph: ElkNode, options: Record<string, string>): Promise<ElkNode> {
    const id = ++this.nextId;
    this.elkRuns++;
    return new Promise<ElkNode>((resolve, reject) => {
      if (thread.jobs.size === 0) thread.worker.ref();
      thread.jobs.set(id, { resolve, reject });
      thread.worker.postMessage({ id, graph, options } satisfies ElkJob);
    });
  }

  /** Runs a warm-up layout in thread `index` when it has no other job. */
  private runWhenIdle(index: number, graph: ElkNode, options: Record<string, string>): Promise<ElkNode> {
    return new Promise<ElkNode>((resolve, reject) => {
      this.idleJobs[index].push({ graph, options, resolve, reject });
      this.sendIdleJobs();
    });
  }

  /** Sends each thread that has no job its next waiting warm-up layout. */
  private sendIdleJobs(): void {
    for (let i = 0; i < this.threads.length && !this.disposed; i++) {
      const job = this.idleJobs[i].shift();
      if (job === undefined) continue;
      const thread = (this.threads[i] ??= this.start(i));
      if (thread.jobs.size > 0) {
        this.idleJobs[i].unshift(job);
        continue;
      }
      this.post(thread, job.graph, job.options).then(job.resolve, job.reject);
    }
  }

  private leastBusy(): Thread {
    let best = 0;
    for (let i = 0; i < this.threads.length; i++) {
      const thread = (this.threads[i] ??= this.start(i));
      if (thread.jobs.size < (this.threads[best] as Thread).jobs.size) best = i;
    }
    return this.threads[best] as Thread;
  }

  private start(index: number): Thread {
    const worker = new Worker(this.scriptPath);
    const thread: Thread = { worker, jobs: new Map() };
    worker.on('message', (result: ElkJobResult) => {
      settle(thread, result);
      this.sendIdleJobs();
    });
    worker.on('error', (error) => this.fail(index, thread, error));
    worker.on('exit', (code) => this.fail(index, thread, new Error(`the layout thread stopped (exit code ${code})`)));
    worker.unref(); // referenced only while it has jobs: an idle pool keeps no process alive
    return thread;
  }

  /** A crashed thread fails its jobs and the warm-up; the next job starts a new thread in its place. */
  private fail(index: number, thread: Thread, error: Error): void {
    if (this.threads[index] === thread) this.threads[index] = undefined;
    for (const job of thread.jobs.values()) job.reject(error);
    thread.jobs.clear();
    for (const job of this.idleJobs[index].splice(0)) job.reject(error); // no warm-up on a failing thread
  }
}

/**
 * One thread on a machine of up to two cores, two above. elkjs's speed depends on how warm V8's code
 * for it is, and each thread warms its own, so the warm-up runs in each thread: on 2 cores a second
 * thread would double the warm-up's CPU (~5 s more) for layouts that share the cores with V8's
 * compiler threads and the extension host anyway. Above 2 cores the second thread is kept (not
 * measured here). MEASURED: ARCHITECTURE.md, "The extension lays graphs out".
 */
function defaultThreadCount(): number {
  return availableParallelism() > 2 ? 2 : 1;
}

function settle(thread: Thread, result: ElkJobResult): void {
  const job = thread.jobs.get(result.id);
  thread.jobs.delete(result.id);
  if (thread.jobs.size === 0) thread.worker.unref();
  if (job === undefined) return;
  if ('error' in result) job.reject(new Error(`layout failed: ${result.error}`));
  else job.resolve(result.graph);
}
