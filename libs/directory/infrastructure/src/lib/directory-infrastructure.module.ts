import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DIRECTORY_HANDLERS, DIRECTORY_READ_MODEL, ORGANISATION_LOOKUP } from '@maillage/directory/application';
import { AGENT_NAMES } from '@maillage/directory/contracts';
import { PostgresAgentNames } from './agent-names';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';
import { PostgresOrganisationLookup } from './postgres-organisation-lookup';
import { DirectoryPersonalData } from './personal-data/directory-personal-data';

/** Global so other contexts can inject the directory's published read-side interfaces by token. */
@Global()
@Module({
  imports: [CqrsModule],
  providers: [
    ...DIRECTORY_HANDLERS,
    { provide: DIRECTORY_READ_MODEL, useClass: PostgresDirectoryReadModel },
    { provide: ORGANISATION_LOOKUP, useClass: PostgresOrganisationLookup },
    { provide: AGENT_NAMES, useClass: PostgresAgentNames },
    DirectoryPersonalData,
  ],
  exports: [AGENT_NAMES, DIRECTORY_READ_MODEL, ORGANISATION_LOOKUP],
})
export class DirectoryInfrastructureModule {}
