import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryInfrastructureModule, ImportService } from '@maillage/directory/infrastructure';
import { ImportsController } from './imports.controller';
import { RawCsvBodyMiddleware } from './raw-csv-body.middleware';

/** `POST /api/imports` and friends: the CSV import of the existing directory. */
@Module({
  imports: [CqrsModule, DirectoryInfrastructureModule],
  controllers: [ImportsController],
  providers: [ImportService],
})
export class DirectoryImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RawCsvBodyMiddleware).forRoutes({ path: 'imports', method: RequestMethod.POST });
  }
}
