import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GOVERNANCE_HANDLERS } from '@maillage/governance/application';
import { REDACTOR } from '@maillage/governance/contracts';
import { appendFileSync } from 'node:fs';
import { AUDIT_CHECKPOINT_SINK, AUDIT_KEY, AuditCheckpointSink, AuditTrail } from './audit-trail';
import { GovernancePersonalData } from './governance-personal-data';
import { GovernanceQueries } from './governance-queries';
import { PolicyRedactor } from './policy-redactor';
import { GovernanceOrganisationRelations } from './reporting-lines/organisation-relations';

export interface GovernanceConfig {
  /** HMAC key of the audit chain: kept outside the database. */
  readonly auditKey: Buffer;
  /** Where chain heads are appended (JSON lines), besides the log. */
  readonly checkpointFile: string | null;
}

/** Global: every context's API reaches the one redaction point by the `REDACTOR` token. */
@Global()
@Module({})
export class GovernanceInfrastructureModule {
  static forRoot(config: GovernanceConfig): DynamicModule {
    const logger = new Logger('AuditCheckpoint');
    const sink: AuditCheckpointSink = (checkpoint) => {
      logger.log({ event: 'audit-checkpoint', ...checkpoint });
      if (config.checkpointFile) appendFileSync(config.checkpointFile, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
    };
    return {
      module: GovernanceInfrastructureModule,
      imports: [CqrsModule],
      providers: [
        ...GOVERNANCE_HANDLERS,
        { provide: AUDIT_KEY, useValue: config.auditKey },
        { provide: AUDIT_CHECKPOINT_SINK, useValue: sink },
        AuditTrail,
        PolicyRedactor,
        { provide: REDACTOR, useExisting: PolicyRedactor },
        GovernanceQueries,
        GovernancePersonalData,
        GovernanceOrganisationRelations,
      ],
      exports: [REDACTOR, PolicyRedactor, GovernanceQueries, AuditTrail],
    };
  }
}
