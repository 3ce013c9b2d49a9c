import { ApiPropertyOptional } from '@nestjs/swagger';
import { Max, Min } from 'class-validator';
import { IsOptionalNotNull } from './validation/nullability';
import { QueryInt } from './validation/query-int';

/** Far beyond any list of a town hall; keeps OFFSET within what PostgreSQL can count (page=1e20 is an integer too). */
export const MAX_PAGE = 10_000;

/** Page parameters shared by every list: 1-based pages of at most 100 items. */
export class PageRequest {
  // At most 9 digits (`@QueryInt`), and at most MAX_PAGE: the offset stays well inside PostgreSQL's bigint.
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptionalNotNull()
  @QueryInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}
