import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageRequest } from '@maillage/shared/nest';
import { IsDateString, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';

export class SearchAgentsRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Texte cherché dans les noms, postes et e-mails (accents et casse ignorés).', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** An optional text field that may also be sent as null to clear it. */
const NullableText = (max: number) =>
  applyDecorators(
    ApiPropertyOptional({ nullable: true, maxLength: max }),
    ValidateIf((_: unknown, value: unknown) => value !== null && value !== undefined),
    IsString(),
    MaxLength(max),
  );

/** Body of `PATCH /api/agents/:id`: any subset of the editable fields; unknown fields are refused. */
export class ChangeAgentFieldsRequest {
  @NullableText(80)
  usualName?: string | null;

  @ApiPropertyOptional({ maxLength: 160 })
  @IsOptional()
  @IsString()
  @Length(1, 160)
  postTitle?: string;

  @NullableText(30)
  workPhone?: string | null;

  @NullableText(120)
  office?: string | null;
}

export class RegisterAgentRequest {
  @ApiProperty({ maxLength: 80 }) @IsString() @Length(1, 80) firstName!: string;
  @ApiProperty({ maxLength: 80 }) @IsString() @Length(1, 80) lastName!: string;
  @ApiPropertyOptional({ maxLength: 80 }) @IsOptional() @IsString() @MaxLength(80) usualName?: string;
  @ApiProperty({ maxLength: 160 }) @IsString() @Length(1, 160) postTitle!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() managerId?: string;
  @ApiProperty() @IsEmail() @MaxLength(200) workEmail!: string;
  @ApiPropertyOptional({ maxLength: 30 }) @IsOptional() @IsString() @MaxLength(30) workPhone?: string;
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @MaxLength(120) office?: string;
  @ApiPropertyOptional({ example: '2024-09-01' }) @IsOptional() @IsDateString({ strict: true }) startDate?: string;
}
