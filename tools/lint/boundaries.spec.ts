import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Proves the module-boundary rules bite: each probe below is a real file
 * placed for a moment in a real project, linted by the real ESLint config.
 * Violations must be reported; the allowed imports must not be.
 */
const root = resolve(__dirname, '..', '..');

interface Probe {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  readonly allowed: boolean;
}

const probes: Probe[] = [
  { name: 'domain code importing NestJS', file: 'libs/directory/domain/src', code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;", allowed: false },
  { name: 'domain code importing TypeORM', file: 'libs/identity/domain/src', code: "import { Entity } from 'typeorm';\nexport const x = Entity;", allowed: false },
  { name: 'a context importing another context’s domain', file: 'libs/directory/application/src', code: "import { accountDecider } from '@maillage/identity/domain';\nexport const x = accountDecider;", allowed: false },
  { name: 'a context importing another context’s infrastructure', file: 'libs/directory/infrastructure/src', code: "import { AccountsProjection } from '@maillage/identity/infrastructure';\nexport const x = AccountsProjection;", allowed: false },
  { name: 'browser code importing the server framework', file: 'libs/directory/web/data-access/src', code: "import { Controller } from '@nestjs/common';\nexport const x = Controller;", allowed: false },
  { name: 'browser code importing server request classes', file: 'libs/directory/web/feature-agents/src', code: "import { DirectoryApiModule } from '@maillage/directory/api';\nexport const x = DirectoryApiModule;", allowed: false },
  { name: 'server code importing Angular', file: 'libs/directory/api/src', code: "import { Component } from '@angular/core';\nexport const x = Component;", allowed: false },
  { name: 'shared code importing a bounded context', file: 'libs/shared/nest/src', code: "import { agentDecider } from '@maillage/directory/domain';\nexport const x = agentDecider;", allowed: false },
  { name: 'a deep relative import into another library', file: 'libs/directory/application/src', code: "import { accountDecider } from '../../../identity/domain/src/lib/account';\nexport const x = accountDecider;", allowed: false },
  { name: 'a context using another context’s published contracts', file: 'libs/identity/api/src', code: "import { AGENT_NAMES } from '@maillage/directory/contracts';\nexport const x = AGENT_NAMES;", allowed: true },
  { name: 'the application layer using its own domain', file: 'libs/directory/application/src', code: "import { agentDecider } from '@maillage/directory/domain';\nexport const x = agentDecider;", allowed: true },
  { name: 'a web feature using its data-access library', file: 'libs/directory/web/feature-agents/src', code: "import * as dataAccess from '@maillage/directory/web/data-access';\nexport const x = dataAccess;", allowed: true },
];

const probePath = (probe: Probe, i: number) => join(probe.file, `__lint_probe_${i}.ts`);

function lint(): Map<string, string[]> {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--no-warn-ignored', ...probes.map(probePath)],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 32 * 1024 * 1024 },
    );
  } catch (error) {
    // ESLint exits with 1 when it reports errors: the JSON is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const results = JSON.parse(output) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  return new Map(
    results.map((r) => [
      r.filePath.slice(root.length + 1),
      r.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === null).map((m) => m.message),
    ]),
  );
}

describe('module boundaries', () => {
  let reports: Map<string, string[]>;

  beforeAll(() => {
    probes.forEach((probe, i) => writeFileSync(join(root, probePath(probe, i)), probe.code));
    try {
      reports = lint();
    } finally {
      probes.forEach((probe, i) => rmSync(join(root, probePath(probe, i)), { force: true }));
    }
  }, 120_000);

  it.each(probes.map((probe, i) => [probe.name, probe.allowed ? 'allowed' : 'refused', i] as const))('%s is %s', (_name, verdict, i) => {
    const messages = reports.get(probePath(probes[i], i));
    expect(messages).toBeDefined();
    if (verdict === 'allowed') expect(messages).toEqual([]);
    else expect(messages!.length).toBeGreaterThan(0);
  });
});
