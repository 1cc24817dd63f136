import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, CurrentUser, OperationId, type Principal, Roles } from '@qorgau/service-kit';
import { z } from 'zod';
import { PlanRepository } from '../plans/plan.repository';
import { PlanService } from '../plans/plan.service';
import {
  CONCERN_PROMPT_TEXT,
  CONTACT_REQUEST_TEXT,
  ITEM_IDS,
  LANGUAGES,
  QUESTIONNAIRE,
  type ItemId,
} from './questionnaire';
import { isCompleteAnswers } from './scoring';
import { SelfCheckInService } from './self-check-in.service';

const answers = z
  .record(z.enum(ITEM_IDS), z.string().max(50))
  .refine(isCompleteAnswers, 'every item needs one of its answer options')
  .transform((value) => value as Record<ItemId, string>);

class SelfCheckInDto extends createZodDto(
  z.object({
    planId: z.string().min(1).max(200),
    answers,
    contactRequested: z.boolean(),
    concern: z.string().max(4000).optional(),
    language: z.enum(LANGUAGES),
  }),
) {}
class ConsentDto extends createZodDto(z.object({ decision: z.enum(['given', 'declined', 'stopped']) })) {}
class AnswersToHrDto extends createZodDto(z.object({ decision: z.enum(['given', 'stopped']) })) {}
class LanguageQuery extends createZodDto(z.object({ lang: z.enum(LANGUAGES).optional() })) {}

/** The officer's own side: their plans, consent, the questionnaire and their check-ins. Nobody else's. */
@ApiTags('me')
@ApiBearerAuth()
@Roles('officer')
@Controller('me')
export class OfficerController {
  constructor(
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(PlanService) private readonly planService: PlanService,
    @Inject(SelfCheckInService) private readonly checkIns: SelfCheckInService,
  ) {}

  @Get('plans')
  @OperationId('listMyPlans')
  async myPlans(@CurrentUser() user: Principal) {
    return (await this.plans.ofPerson(user.personRef)).map(
      ({ planId, role, caseId, status, consentState, answersToHr }) => ({
        planId,
        role,
        caseId,
        status,
        consentState,
        answersToHr,
      }),
    );
  }

  @Post('plans/:planId/consent')
  @OperationId('consentToPlan')
  consent(@Param('planId') planId: string, @Body() body: ConsentDto, @CurrentUser() user: Principal) {
    return this.planService.recordConsent(planId, user.personRef, body.decision);
  }

  /** Lets the unit's HR inspector read this plan's check-in answers, or takes that back. */
  @Post('plans/:planId/answers-to-hr')
  answersToHr(@Param('planId') planId: string, @Body() body: AnswersToHrDto, @CurrentUser() user: Principal) {
    return this.planService.recordAnswersToHr(planId, user.personRef, body.decision);
  }

  /** The questionnaire in the caller's language (kk, ru or en; default: the token's locale). */
  @Get('questionnaire')
  @OperationId('getQuestionnaire')
  questionnaire(@Query() query: LanguageQuery, @CurrentUser() user: Principal) {
    const lang = query.lang ?? user.locale;
    return {
      language: lang,
      items: QUESTIONNAIRE.map((item) => ({
        id: item.id,
        text: item.text[lang],
        options: item.options.map((option) => ({ id: option.id, text: option.text[lang] })),
      })),
      contactRequest: CONTACT_REQUEST_TEXT[lang],
      concernPrompt: CONCERN_PROMPT_TEXT[lang],
    };
  }

  @Post('check-ins')
  @OperationId('submitCheckIn')
  submit(@Body() body: SelfCheckInDto, @CurrentUser() user: Principal) {
    return this.checkIns.submit(user.personRef, body);
  }

  @Get('check-ins')
  @OperationId('listMyCheckIns')
  mine(@CurrentUser() user: Principal) {
    return this.checkIns.ofPerson(user.personRef);
  }
}
