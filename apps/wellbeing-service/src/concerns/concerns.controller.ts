import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CONCERN_CATEGORIES, entityId } from '@qorgau/contracts';
import { createZodDto, CurrentUser, OperationId, type Principal, Roles } from '@qorgau/service-kit';
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { ConcernService } from './concern.service';

class ConcernDto extends createZodDto(
  z.object({
    caseId: entityId,
    category: z.enum(CONCERN_CATEGORIES),
    content: z.string().trim().min(1).max(8000),
  }),
) {}

@ApiTags('concerns')
@ApiBearerAuth()
@Controller()
export class ConcernsController {
  constructor(@Inject(ConcernService) private readonly concerns: ConcernService) {}

  /** An officer reports retaliation or stigmatization linked to a closed case of theirs. */
  @Roles('officer')
  @Post('me/concerns')
  @OperationId('raiseConcern')
  raise(@Body() body: ConcernDto, @CurrentUser() user: Principal) {
    return this.concerns.raise(user.personRef, body);
  }

  @Roles('officer')
  @Get('me/concerns')
  @OperationId('listMyConcerns')
  mine(@CurrentUser() user: Principal) {
    return this.concerns.ofPerson(user.personRef);
  }

  /** Wellbeing staff follow concerns up; the content never leaves this service. */
  @Roles(...STAFF_ROLES)
  @Get('concerns')
  @OperationId('listConcerns')
  all() {
    return this.concerns.all();
  }
}
