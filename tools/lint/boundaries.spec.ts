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
  { name: 'a context importing another context’s domain (competences → directory)', file: 'libs/competences/application/src', code: "import { agentDecider } from '@maillage/directory/domain';\nexport const x = agentDecider;", allowed: false },
  { name: 'domain code importing its own infrastructure', file: 'libs/directory/domain/src', code: "import * as infrastructure from '@maillage/directory/infrastructure';\nexport const x = infrastructure;", allowed: false },
  { name: 'contracts importing a domain library', file: 'libs/directory/contracts/src', code: "import { agentDecider } from '@maillage/directory/domain';\nexport const x = agentDecider;", allowed: false },
  { name: 'contracts importing the application layer', file: 'libs/competences/contracts/src', code: "import * as application from '@maillage/competences/application';\nexport const x = application;", allowed: false },
  { name: 'domain code importing a node: built-in', file: 'libs/competences/domain/src', code: "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;", allowed: false },
  { name: 'domain code importing a bare Node built-in', file: 'libs/governance/domain/src', code: "import { readFileSync } from 'fs';\nexport const x = readFileSync;", allowed: false },
  { name: 'the shared kernel importing a Node built-in', file: 'libs/shared/kernel/src', code: "import { EventEmitter } from 'node:events';\nexport const x = EventEmitter;", allowed: false },
  { name: 'contracts importing a Node built-in', file: 'libs/identity/contracts/src', code: "import { join } from 'node:path';\nexport const x = join;", allowed: false },
  { name: 'contracts using another context’s contracts', file: 'libs/competences/contracts/src', code: "import * as directory from '@maillage/directory/contracts';\nexport const x = directory;", allowed: true },
  { name: 'contracts using the shared kernel’s types', file: 'libs/governance/contracts/src', code: "import { LogPosition } from '@maillage/shared/kernel';\nexport type X = LogPosition;", allowed: true },
  { name: 'an Angular template without a text alternative for an image', file: 'libs/shared/web-ui/src', code: "import { Component } from '@angular/core';\n@Component({ selector: 'm-probe', template: '<img src=\"plan.png\">' })\nexport class ProbeComponent {}", allowed: false },
  { name: 'the shared contracts importing a context’s contracts', file: 'libs/shared/contracts/src', code: "import * as directory from '@maillage/directory/contracts';\nexport const x = directory;", allowed: false },
  { name: 'the shared contracts importing a Node built-in', file: 'libs/shared/contracts/src', code: "import { join } from 'node:path';\nexport const x = join;", allowed: false },
  { name: 'browser code using the shared contracts', file: 'libs/directory/web/data-access/src', code: "import { PLATFORM_PROBLEMS } from '@maillage/shared/contracts';\nexport const x = PLATFORM_PROBLEMS;", allowed: true },
  { name: 'a context’s contracts using the shared contracts', file: 'libs/directory/contracts/src', code: "import type { Page } from '@maillage/shared/contracts';\nexport type X = Page<string>;", allowed: true },
  { name: 'a web feature naming governance’s published field list', file: 'libs/directory/web/feature-agents/src', code: "import { HR_FIELDS } from '@maillage/governance/contracts';\nexport const x = HR_FIELDS;", allowed: true },
  { name: 'a domain naming governance’s published field list', file: 'libs/directory/domain/src', code: "import { HR_FIELDS } from '@maillage/governance/contracts';\nexport const x = HR_FIELDS;", allowed: true },
  { name: 'a context using another context’s published contracts', file: 'libs/identity/api/src', code: "import { AGENT_NAMES } from '@maillage/directory/contracts';\nexport const x = AGENT_NAMES;", allowed: true },
  { name: 'the application layer using its own domain', file: 'libs/directory/application/src', code: "import { agentDecider } from '@maillage/directory/domain';\nexport const x = agentDecider;", allowed: true },
  { name: 'a web feature using its data-access library', file: 'libs/directory/web/feature-agents/src', code: "import * as dataAccess from '@maillage/directory/web/data-access';\nexport const x = dataAccess;", allowed: true },
];

/**
 * The rules probed: the Nx boundaries, the Node built-in ban on domain and contracts, and one of the
 * template accessibility rules (inline templates are linted too).
 */
const BOUNDARY_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports', '@angular-eslint/template/alt-text'];

const probePath = (probe: Probe, i: number) => join(probe.file, `__lint_probe_${i}.ts`);

/**
 * The boundary rule reads Nx's cached project graph and silently skips every file without one (a
 * fresh clone): compute it first, so this test never passes for want of a graph.
 */
function buildProjectGraph(): void {
  execFileSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    stdio: 'ignore',
  });
}

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
      r.messages.filter((m) => m.ruleId === null || BOUNDARY_RULES.includes(m.ruleId)).map((m) => m.message),
    ]),
  );
}

describe('module boundaries', () => {
  let reports: Map<string, string[]>;

  beforeAll(() => {
    buildProjectGraph();
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
