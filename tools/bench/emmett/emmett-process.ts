import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { EmmettAnswers, EmmettReply, EmmettRequest } from './emmett-protocol';

/** The bench's handle on the child process that runs everything Emmett. */
export class EmmettProcess {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.child = fork(join(__dirname, 'emmett-worker.ts'), [], {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, SWC_NODE_PROJECT: process.env['SWC_NODE_PROJECT'] ?? 'tsconfig.base.json' },
    });
    this.child.on('message', (reply: EmmettReply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(`Emmett worker: ${reply.error}`));
    });
    this.child.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`Emmett worker exited (${code})`));
      this.pending.clear();
    });
  }

  request<K extends EmmettRequest['kind']>(request: Extract<EmmettRequest, { kind: K }>): Promise<EmmettAnswers[K]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, request });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await exited;
  }
}
