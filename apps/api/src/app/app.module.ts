import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CompetencesApiModule } from '@maillage/competences/api';
import { DirectoryApiModule, DirectoryImportModule } from '@maillage/directory/api';
import { GovernanceApiModule } from '@maillage/governance/api';
import { GovernanceInfrastructureModule } from '@maillage/governance/infrastructure';
import { IdentityApiModule } from '@maillage/identity/api';
import {
  IDEMPOTENCY_OPTIONS,
  IDEMPOTENCY_STORE,
  IdempotencyInterceptor,
  JwtAuthGuard,
  ProblemDetailsFilter,
  RolesGuard,
  createValidationPipe,
} from '@maillage/shared/nest';
import { Pool } from 'pg';
import { AppConfig } from '../config';

import { DemoSeeder } from './demo-seeder';
import { AuditRetention, AUDIT_RETENTION_MONTHS } from './audit-retention';
import { EventSourcingModule } from './event-sourcing.module';
import { HealthController, READY_MAX_LAG } from './health.controller';
import { PostgresIdempotencyStore } from './idempotency/postgres-idempotency-store';
import { PG_POOL } from './pg-pool';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        EventSourcingModule.forRoot(config),
        IdentityApiModule.forRoot({
          jwtSecret: config.jwtSecret,
          issuer: 'maillage',
          audience: 'maillage-api',
          accessTokenTtlSeconds: 15 * 60,
          secureCookies: config.mode === 'production',
        }),
        GovernanceInfrastructureModule.forRoot({ auditKey: config.auditKey, checkpointFile: config.auditCheckpointFile }),
        DirectoryApiModule,
        DirectoryImportModule,
        GovernanceApiModule,
        CompetencesApiModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: IDEMPOTENCY_STORE, inject: [PG_POOL], useFactory: (pool: Pool) => new PostgresIdempotencyStore(pool) },
        // Session routes manage credentials, not resources; their bodies (passwords) must not be fingerprinted either.
        // Account administration answers with one-time passwords, which must not be stored for a replay.
        { provide: IDEMPOTENCY_OPTIONS, useValue: { excludedPathPrefixes: ['/api/auth/', '/api/admin/accounts'] } },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        {
          provide: APP_PIPE,
          useValue: createValidationPipe(),
        },
        { provide: AUDIT_RETENTION_MONTHS, useValue: config.auditRetentionMonths },
        { provide: READY_MAX_LAG, useValue: config.readyMaxLag },
        AuditRetention,
        ...(config.seedDemoData ? [DemoSeeder] : []),
      ],
    };
  }
}
