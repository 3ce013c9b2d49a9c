import { basename } from 'node:path';
import { Controller, Get, Headers, HttpCode, HttpException, HttpStatus, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ImportJobListItem, ImportJobView, ImportService } from '@maillage/directory/infrastructure';
import { Actor } from '@maillage/shared/kernel';
import { CurrentActor, RequireRoles } from '@maillage/shared/nest';
import type { Request } from 'express';
import { uuid } from '../http-helpers';
import { ImportReportRequest, UploadImportRequest } from './imports.requests';
import { CSV_MEDIA_TYPES, RawCsvBodyInterceptor } from './raw-csv-body.interceptor';

/** « C:\\fakepath\\annuaire été.csv » → « annuaire été.csv »: a label, never a path. */
function fileNameOf(query: string | undefined, header: string | undefined): string {
  let name = query ?? '';
  if (!name && header) {
    try {
      name = decodeURIComponent(header);
    } catch {
      name = header;
    }
  }
  const printable = [...name.replace(/\\/g, '/')].filter((c) => c >= ' ' && c !== '\u007f').join('');
  const cleaned = basename(printable).trim().slice(0, 255);
  return cleaned || 'import.csv';
}

/** Import of the town hall's existing directory: DLSI (admin) and HR only. */
@ApiTags('imports')
@ApiBearerAuth()
@RequireRoles('hr', 'admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  /** Upload: the raw CSV as the body. Answers the dry run; nothing is written to the directory yet. */
  @Post()
  @ApiConsumes(...CSV_MEDIA_TYPES)
  @UseInterceptors(RawCsvBodyInterceptor)
  upload(
    @Req() request: Request,
    @Query() query: UploadImportRequest,
    @Headers('x-file-name') headerName: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ImportJobView> {
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body)) {
      throw new HttpException(
        { code: 'IMPORT.UNSUPPORTED_MEDIA_TYPE', message: `Envoyez le fichier brut, de type ${CSV_MEDIA_TYPES.slice(0, 2).join(' ou ')}.` },
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      );
    }
    return this.imports.dryRun(body, fileNameOf(query.fileName, headerName), actor);
  }

  @Get()
  list(): Promise<ImportJobListItem[]> {
    return this.imports.recent();
  }

  @Get(':id')
  find(@Param('id', uuid) id: string, @Query() query: ImportReportRequest, @CurrentActor() actor: Actor): Promise<ImportJobView> {
    return this.imports.find(id, { page: query.page, pageSize: query.pageSize, outcomes: query.outcome }, actor);
  }

  /** Starts applying the dry run in the background: follow `progress` with GET /api/imports/:id?pageSize=0. */
  @Post(':id/apply')
  @HttpCode(HttpStatus.ACCEPTED)
  apply(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ImportJobView> {
    return this.imports.apply(id, actor);
  }
}
