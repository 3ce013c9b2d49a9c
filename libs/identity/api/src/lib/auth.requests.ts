import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'rh' }) @IsString() @MinLength(1) @MaxLength(64) username!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) password!: string;
}

export class ChangePasswordRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(256) currentPassword!: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MaxLength(256) newPassword!: string;
}
