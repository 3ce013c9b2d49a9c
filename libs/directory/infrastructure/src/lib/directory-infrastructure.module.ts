import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DIRECTORY_HANDLERS, DIRECTORY_READ_MODEL, OrganisationGuard } from '@maillage/directory/application';
import { AGENT_NAMES } from '@maillage/directory/contracts';
import { PostgresAgentNames } from './agent-names';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';
import { DirectoryPersonalData } from './personal-data/directory-personal-data';

/** Global so other contexts can inject the directory's published read-side interfaces by token. */
@Global()
@Module({
  imports: [CqrsModule],
  providers: [
    ...DIRECTORY_HANDLERS,
    { provide: DIRECTORY_READ_MODEL, useClass: PostgresDirectoryReadModel },
    OrganisationGuard,
    { provide: AGENT_NAMES, useClass: PostgresAgentNames },
    DirectoryPersonalData,
  ],
  exports: [AGENT_NAMES, DIRECTORY_READ_MODEL, OrganisationGuard],
})
export class DirectoryInfrastructureModule {}
