import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';
import type { AdoptPlan, InitiatePlan, ProposePlan, RevisePlan, SupersedePlan, WithdrawPlan } from '../ledger/domain/commands.js';
import { PLAN_KINDS, PLAN_SCOPES } from '../ledger/domain/vocabulary.js';
import { Optional } from '../ledger/validation/optional.js';

const PLAN_ID = 'Planens id (a–z, 0–9, bindestreck)';
const DECIDED_ON = 'Beslutsdatum som EDTF, exakt så precist som källan anger: 2022-03-28, 2022-03, 2022-21 (våren), 2022-23 (hösten), 2022, 2022~';

/** The shape of each plan command's data; the deciders apply the domain rules. */
export class InitiatePlanData implements InitiatePlan {
  @ApiPropertyOptional({ description: `${PLAN_ID}; genereras om det utelämnas`, example: 'varmland-malbild-2022' })
  @IsString()
  planId!: string;

  @ApiProperty({ description: 'Styrdokumentets titel', example: 'Målbild för god och nära vård, hälsa och omsorg i Värmland' })
  @IsString()
  title!: string;

  @ApiProperty({ enum: PLAN_KINDS, description: 'Slag av styrdokument', example: 'malbild' })
  @IsString()
  kind!: InitiatePlan['kind'];

  @ApiProperty({ enum: PLAN_SCOPES, description: 'lan: länsgemensam; region: regionspecifik; kommun: kommunspecifik; national', example: 'lan' })
  @IsString()
  scope!: InitiatePlan['scope'];

  @ApiPropertyOptional({ description: 'Länet (krävs för en länsgemensam plan)', example: 'lan:17' })
  @Optional()
  @IsString()
  lan?: string;

  @ApiPropertyOptional({ description: 'Ägare: länet, regionen, kommunen eller den nationella aktören; härleds när det går', example: 'lan:17' })
  @Optional()
  @IsString()
  owner?: string;

  @ApiPropertyOptional({
    description: 'Parter som var för sig antar planen. Standard för en länsgemensam plan: regionen och länets alla kommuner; ["lan:17"] betyder att länets gemensamma organ beslutar ensamt',
    example: ['region:17', 'kommun:1784'],
    type: [String],
  })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  parties?: string[];

  @ApiPropertyOptional({ description: `När arbetet inleddes. ${DECIDED_ON}`, example: '2021' })
  @Optional()
  @IsString()
  initiatedOn?: string;

  @ApiPropertyOptional({ description: 'Beskrivning' })
  @Optional()
  @IsString()
  description?: string;
}

export class ProposePlanData implements ProposePlan {
  @IsString() planId!: string;

  @ApiProperty({ description: `När förslaget lades fram. ${DECIDED_ON}`, example: '2022-01' })
  @IsString()
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Aktören som lade fram förslaget', example: 'lan:17' })
  @Optional()
  @IsString()
  proposedBy?: string;
}

export class AdoptPlanData implements AdoptPlan {
  @IsString() planId!: string;

  @ApiProperty({ description: 'Parten som beslutade (en av planens parter)', example: 'kommun:1784' })
  @IsString()
  party!: string;

  @ApiProperty({ description: DECIDED_ON, example: '2022-03-28' })
  @IsString()
  decidedOn!: string;

  @ApiProperty({ description: 'Organet som beslutade', example: 'kommunfullmäktige' })
  @IsString()
  decidedBy!: string;
}

export class RevisePlanData implements RevisePlan {
  @IsString() planId!: string;

  @ApiProperty({ description: `När revisionen beslutades. ${DECIDED_ON}`, example: '2023-23' })
  @IsString()
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Ny titel, om den ändrades', example: 'Målbild för god och nära vård i Värmland, reviderad 2023' })
  @Optional()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ description: 'Ny beskrivning' })
  @Optional()
  @IsString()
  description?: string;
}

export class SupersedePlanData implements SupersedePlan {
  @IsString() planId!: string;

  @ApiProperty({ description: 'Planen som ersätter denna (måste finnas i liggaren)', example: 'varmland-malbild-2025' })
  @IsString()
  supersededBy!: string;

  @ApiProperty({ description: DECIDED_ON, example: '2025-02' })
  @IsString()
  decidedOn!: string;
}

export class WithdrawPlanData implements WithdrawPlan {
  @IsString() planId!: string;

  @ApiProperty({ description: DECIDED_ON, example: '2023' })
  @IsString()
  decidedOn!: string;

  @ApiProperty({ description: 'Varför planen återkallades', example: 'Arbetet samordnas i stället i den länsgemensamma färdplanen' })
  @IsString()
  reason!: string;
}
