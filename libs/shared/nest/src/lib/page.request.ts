import { ApiPropertyOptional } from '@nestjs/swagger';
import { Max, Min } from 'class-validator';
import { IsOptionalNotNull } from './validation/nullability';
import { QueryInt } from './validation/query-int';

/** Page parameters shared by every list: 1-based pages of at most 100 items. */
export class PageRequest {
  // At most 9 digits (`@QueryInt`): the offset stays well inside PostgreSQL's bigint.
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}
