import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryInfrastructureModule, ImportService } from '@maillage/directory/infrastructure';
import { ImportsController } from './imports.controller';

/** `POST /api/imports` and friends: the CSV import of the existing directory. */
@Module({
  imports: [CqrsModule, DirectoryInfrastructureModule],
  controllers: [ImportsController],
  providers: [ImportService],
})
export class DirectoryImportModule {}
