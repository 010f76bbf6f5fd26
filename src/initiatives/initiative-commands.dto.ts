import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';
import type { InitiativeTransition, RegisterInitiative } from '../ledger/domain/commands.js';
import { FOCUS_AREAS, INITIATIVE_KINDS, PROGRAMS, TARGET_GROUPS } from '../ledger/domain/vocabulary.js';
import { Optional } from '../ledger/validation/optional.js';

/** The shape of each initiative command's data; the decider applies the domain rules. */
export class RegisterInitiativeData implements RegisterInitiative {
  @ApiPropertyOptional({ description: 'Insatsens id (a–z, 0–9, bindestreck); genereras om det utelämnas', example: 'arvika-mobilt-narsjukvardsteam' })
  @IsString()
  initiativeId!: string;

  @ApiProperty({ description: 'Namn på arbetssättet eller insatsen', example: 'Mobilt närsjukvårdsteam i Arvika' })
  @IsString()
  title!: string;

  @ApiProperty({ enum: INITIATIVE_KINDS, example: 'mobilt_team' })
  @IsString()
  kind!: RegisterInitiative['kind'];

  @ApiPropertyOptional({ enum: PROGRAMS, description: 'Program insatsen hör till', example: 'fast_lakarkontakt' })
  @Optional()
  @IsString()
  program?: RegisterInitiative['program'];

  @ApiProperty({ description: 'Huvudmän (en eller flera aktörer)', type: [String], example: ['region:17', 'kommun:1784'] })
  @IsArray()
  @IsString({ each: true })
  owners!: string[];

  @ApiPropertyOptional({ description: 'Län; härleds när alla huvudmän ligger i samma län', example: 'lan:17' })
  @Optional()
  @IsString()
  lan?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS, isArray: true, description: 'Målgrupper', example: ['aldre', 'kroniskt_sjuka'] })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  targetGroups?: RegisterInitiative['targetGroups'];

  @ApiPropertyOptional({ enum: FOCUS_AREAS, isArray: true, description: 'Fokusområden: de fyra förflyttningarna och de stödjande områdena', example: ['samordning', 'proaktivitet'] })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  focusAreas?: RegisterInitiative['focusAreas'];

  @ApiPropertyOptional({ description: 'Beskrivning' })
  @Optional()
  @IsString()
  description?: string;
}

export class InitiativeTransitionData implements InitiativeTransition {
  @IsString() initiativeId!: string;

  @ApiProperty({ description: 'Beslutsdatum (för start: startdatum) som EDTF: 2022-09-01, 2022-09, 2022-23 (hösten), 2022', example: '2022-23' })
  @IsString()
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Organet som beslutade', example: 'hälso- och sjukvårdsnämnden' })
  @Optional()
  @IsString()
  decidedBy?: string;

  @ApiPropertyOptional({ description: 'Anteckning', example: 'Teamet täcker Arvika och Eda' })
  @Optional()
  @IsString()
  note?: string;
}
