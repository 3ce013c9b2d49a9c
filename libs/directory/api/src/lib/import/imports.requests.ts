import { ApiPropertyOptional } from '@nestjs/swagger';
import { AllowBlank, IsNotBlank, IsOptionalNotNull, QueryInt } from '@maillage/shared/nest';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsString, Max, MaxLength, Min } from 'class-validator';

export const ROW_FILTERS = ['new', 'changed', 'unchanged', 'error', 'failed', 'warning'] as const;

/** Query of `POST /api/imports`. */
export class UploadImportRequest {
  @ApiPropertyOptional({ description: 'Nom du fichier importé (sinon en-tête X-File-Name).', maxLength: 255 })
  @IsOptionalNotNull()
  @IsString()
  @IsNotBlank()
  @MaxLength(255)
  fileName?: string;
}

/** Which part of an import's report to return. */
export class ImportReportRequest {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 0, maximum: 5000, default: 500, description: '0 : la progression seule, sans lignes (pour le suivi).' })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(0)
  @Max(5000)
  pageSize = 500;

  @ApiPropertyOptional({ description: 'Lignes à montrer, séparées par des virgules.', enum: ROW_FILTERS, isArray: true })
  @IsOptionalNotNull()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value))
  // "outcome=" names no row kind: every row, as when it is absent.
  @AllowBlank()
  @ArrayMaxSize(ROW_FILTERS.length)
  @IsIn(ROW_FILTERS, { each: true })
  outcome?: (typeof ROW_FILTERS)[number][];
}
