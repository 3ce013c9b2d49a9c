import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const state = globalThis.__MAILLAGE_PG__;
  if (!state) return;
  await state.server.stop();
  rmSync(state.root, { recursive: true, force: true });
}
