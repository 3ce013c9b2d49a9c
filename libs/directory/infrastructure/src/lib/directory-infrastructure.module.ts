import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DIRECTORY_HANDLERS, DIRECTORY_READ_MODEL } from '@maillage/directory/application';
import { PostgresDirectoryReadModel } from './postgres-directory-read-model';

@Module({
  imports: [CqrsModule],
  providers: [...DIRECTORY_HANDLERS, { provide: DIRECTORY_READ_MODEL, useClass: PostgresDirectoryReadModel }],
})
export class DirectoryInfrastructureModule {}
