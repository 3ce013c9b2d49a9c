import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageRequest } from '@maillage/shared/nest';
import { IsDateString, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';

export class SearchAgentsRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Texte cherché dans les noms, postes et unités (accents, casse et petites fautes tolérés).', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Direction (identifiant)' }) @IsOptional() @IsUUID() directionId?: string;
  @ApiPropertyOptional({ description: 'Service ou unité (identifiant)' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['active', 'on_leave'] }) @IsOptional() @IsIn(['active', 'on_leave']) status?: 'active' | 'on_leave';
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

  @ApiPropertyOptional({ enum: ['titulaire', 'contractuel'] }) @IsOptional() @IsIn(['titulaire', 'contractuel']) employment?: string;
  @ApiPropertyOptional({ enum: ['A', 'B', 'C'], nullable: true }) @ValidateIf((_: unknown, v: unknown) => v !== null && v !== undefined) @IsIn(['A', 'B', 'C']) category?: string | null;
  @NullableText(80) filiere?: string | null;
  @NullableText(120) cadreEmplois?: string | null;
  @NullableText(120) grade?: string | null;
  @NullableText(20) matricule?: string | null;
  @NullableText(40) hrCode?: string | null;
  @NullableText(40) dgaCode?: string | null;
  @NullableText(2000) diplomas?: string | null;
  @NullableText(4000) experience?: string | null;
}

export class AssignManagerRequest {
  @ApiProperty({ nullable: true, description: 'Le nouveau responsable, ou null pour aucun.' })
  @ValidateIf((_: unknown, v: unknown) => v !== null)
  @IsUUID()
  managerId!: string | null;
}

export class MoveToUnitRequest {
  @ApiProperty() @IsUUID() unitId!: string;
}

export class ChangeStatusRequest {
  @ApiProperty({ enum: ['active', 'on_leave'] }) @IsIn(['active', 'on_leave']) status!: 'active' | 'on_leave';
}

export class RecordDepartureRequest {
  @ApiProperty({ example: '2026-12-31' }) @IsDateString({ strict: true }) departedOn!: string;
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
