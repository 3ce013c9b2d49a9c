import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AllowBlank, IsNotBlank, IsNullable, IsOptionalNotNull, IsOptionalNullable, PageRequest } from '@maillage/shared/nest';
import { IsDateString, IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class SearchAgentsRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Texte cherché dans les noms, postes et unités (accents, casse et petites fautes tolérés).', maxLength: 100 })
  @IsOptionalNotNull()
  @AllowBlank()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Direction (identifiant)' }) @IsOptionalNotNull() @IsUUID() directionId?: string;
  @ApiPropertyOptional({ description: 'Service ou unité (identifiant)' }) @IsOptionalNotNull() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['active', 'on_leave'] }) @IsOptionalNotNull() @IsIn(['active', 'on_leave']) status?: 'active' | 'on_leave';
}

/** An optional text field that may also be sent as null, or blank, to clear it. */
const NullableText = (max: number) => applyDecorators(ApiPropertyOptional({ nullable: true, maxLength: max }), IsOptionalNullable(), IsString(), MaxLength(max));

/** An optional text field given at registration: absent when unknown, never null or blank. */
const OptionalText = (max: number) => applyDecorators(ApiPropertyOptional({ maxLength: max }), IsOptionalNotNull(), IsString(), IsNotBlank(), MaxLength(max));

/** Body of `PATCH /api/agents/:id`: any subset of the editable fields; unknown fields are refused. */
export class ChangeAgentFieldsRequest {
  @NullableText(80)
  usualName?: string | null;

  @ApiPropertyOptional({ maxLength: 160 })
  @IsOptionalNotNull()
  @IsString()
  @IsNotBlank()
  @Length(1, 160)
  postTitle?: string;

  @NullableText(30)
  workPhone?: string | null;

  @NullableText(120)
  office?: string | null;

  // Changed, never emptied (the fiche offers no "non renseigné" for it).
  @ApiPropertyOptional({ enum: ['titulaire', 'contractuel'] }) @IsOptionalNotNull() @IsIn(['titulaire', 'contractuel']) employment?: string;
  @ApiPropertyOptional({ enum: ['A', 'B', 'C'], nullable: true }) @IsOptionalNullable() @IsIn(['A', 'B', 'C']) category?: string | null;
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
  @IsNullable()
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
  @ApiProperty({ maxLength: 80 }) @IsString() @IsNotBlank() @Length(1, 80) firstName!: string;
  @ApiProperty({ maxLength: 80 }) @IsString() @IsNotBlank() @Length(1, 80) lastName!: string;
  @OptionalText(80) usualName?: string;
  @ApiProperty({ maxLength: 160 }) @IsString() @IsNotBlank() @Length(1, 160) postTitle!: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() managerId?: string;
  @ApiProperty() @IsEmail() @MaxLength(200) workEmail!: string;
  @OptionalText(30) workPhone?: string;
  @OptionalText(120) office?: string;
  @ApiPropertyOptional({ example: '2024-09-01' }) @IsOptionalNotNull() @IsDateString({ strict: true }) startDate?: string;
}
