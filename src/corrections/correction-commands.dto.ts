import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString } from 'class-validator';
import type { CorrectRecord, RetractRecord } from '../ledger/domain/commands.js';

export class CorrectRecordData implements CorrectRecord {
  @ApiProperty({ description: 'Id för händelsen som rättas', example: '0b6f3c52-9d1e-5a4b-8c7d-2e1f0a9b8c7d' })
  @IsString()
  eventId!: string;

  @ApiProperty({
    description: 'De rättade fälten med sina nya värden; vilka fält som får rättas beror på händelsens typ (t.ex. decidedOn och decidedBy i en PlanAdopted)',
    example: { decidedOn: '2022-03-28' },
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  fields!: Record<string, unknown>;

  @ApiProperty({ description: 'Varför rättelsen görs', example: 'Kommunfullmäktiges protokoll anger dagen' })
  @IsString()
  reason!: string;
}

export class RetractRecordData implements RetractRecord {
  @ApiProperty({ description: 'Id för händelsen som återtas', example: '0b6f3c52-9d1e-5a4b-8c7d-2e1f0a9b8c7d' })
  @IsString()
  eventId!: string;

  @ApiProperty({ description: 'Varför händelsen återtas', example: 'Beslutet registrerades på fel plan' })
  @IsString()
  reason!: string;
}
