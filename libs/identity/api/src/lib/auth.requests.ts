import { ApiProperty } from '@nestjs/swagger';
import { IsNotBlank } from '@maillage/shared/nest';
import { IsString, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'rh' }) @IsString() @IsNotBlank() @MaxLength(64) username!: string;
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(256) password!: string;
}

export class ChangePasswordRequest {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(256) currentPassword!: string;
  // The length rule (12 or more) is the domain's, with its own message; blank is refused here.
  @ApiProperty({ minLength: 12 }) @IsString() @IsNotBlank() @MaxLength(256) newPassword!: string;
}
