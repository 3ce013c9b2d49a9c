import { Server, Socket, createConnection, createServer } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can freeze (stop forwarding in both
 * directions, as a SIGSTOPped server looks from outside: connections accept,
 * nothing answers) and cut (reset every connection, as a restart does).
 */
export interface FreezableProxy {
  readonly url: string;
  freeze(): void;
  thaw(): void;
  cutAll(): void;
  close(): Promise<void>;
}

export async function startFreezableProxy(targetUrl: string): Promise<FreezableProxy> {
  const target = new URL(targetUrl);
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  const server: Server = createServer((inbound) => {
    const outbound = createConnection({ host: target.hostname, port: Number(target.port) });
    const pair: [Socket, Socket] = [inbound, outbound];
    pairs.add(pair);
    const forward = (from: Socket, to: Socket) => from.on('data', (chunk) => (to.writable ? to.write(chunk) : undefined));
    forward(inbound, outbound);
    forward(outbound, inbound);
    if (frozen) pair.forEach((s) => s.pause());
    const close = () => {
      pairs.delete(pair);
      pair.forEach((s) => s.destroy());
    };
    inbound.on('close', close).on('error', close);
    outbound.on('close', close).on('error', close);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = Object.assign(new URL(targetUrl), { hostname: '127.0.0.1', port: String(port) }).toString();
  return {
    url,
    freeze() {
      frozen = true;
      pairs.forEach((pair) => pair.forEach((s) => s.pause()));
    },
    thaw() {
      frozen = false;
      pairs.forEach((pair) => pair.forEach((s) => s.resume()));
    },
    cutAll() {
      pairs.forEach((pair) => pair.forEach((s) => s.resetAndDestroy()));
      pairs.clear();
    },
    close: () =>
      new Promise<void>((ok) => {
        pairs.forEach((pair) => pair.forEach((s) => s.destroy()));
        server.close(() => ok());
      }),
  };
}
