import { Body, Controller, Inject, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CaseCommand } from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { type Response } from 'express';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CaseCommandService } from './case-command.service';
import { DomainRejectionFilter } from './domain-rejection.filter';
import {
  AddEvidenceDto,
  DecideAppealDto,
  DecideProtectionActExtensionDto,
  EmptyDto,
  FileAppealDto,
  OrderInvestigationDto,
  ReasonDto,
  RecordExplanationDto,
  RecordSignatureDto,
  RequestProtectionActExtensionDto,
} from './dto/case-commands.dto';
import { respond } from './respond';
import { Step, type StepRequest } from './step.decorator';

/**
 * The steps of an investigation as resources under the case. Each maps its body to one domain command and
 * runs it through the case's workflow; who performs it (orderedBy, approvedBy, ...) is the caller, never the body.
 */
@ApiTags('case steps')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: true })
@UseFilters(DomainRejectionFilter)
@Controller('cases/:caseId')
export class CaseCommandsController {
  constructor(@Inject(CaseCommandService) private readonly commands: CaseCommandService) {}

  @Post('explanations/request')
  @ApiBody({ type: EmptyDto })
  @ApiOperation({ summary: 'Demands written explanations from every subject (art. 57 p.3)' })
  requestExplanations(
    @Body() _body: EmptyDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RequestExplanations' }));
  }

  @Post('explanations')
  @ApiBody({ type: RecordExplanationDto })
  @ApiOperation({ summary: "Records a subject's explanation: admission, denial or refusal" })
  recordExplanation(
    @Body() body: RecordExplanationDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordExplanation', ...body }));
  }

  @Post('investigation')
  @ApiBody({ type: OrderInvestigationDto })
  @ApiOperation({ summary: 'Orders the investigation and assigns the investigator (art. 58 p.1)' })
  orderInvestigation(
    @Body() body: OrderInvestigationDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({
      type: 'OrderInvestigation',
      orderedBy: user.personRef,
      ...body,
    }));
  }

  @Post('evidence')
  @ApiBody({ type: AddEvidenceDto })
  @ApiOperation({ summary: 'Adds an evidence item (metadata)' })
  addEvidence(
    @Body() body: AddEvidenceDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'AddEvidence', item: body }));
  }

  @Post('protection-acts/extension-requests')
  @ApiBody({ type: RequestProtectionActExtensionDto })
  @ApiOperation({ summary: 'The subject asks for more time to file a Protection Act, with reasons' })
  requestExtension(
    @Body() body: RequestProtectionActExtensionDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({
      type: 'RequestProtectionActExtension',
      personRef: user.personRef,
      ...body,
    }));
  }

  @Post('protection-acts/:personRef/extension-decision')
  @ApiBody({ type: DecideProtectionActExtensionDto })
  decideExtension(
    @Param('personRef') personRef: string,
    @Body() body: DecideProtectionActExtensionDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'DecideProtectionActExtension', personRef, ...body }));
  }

  @Post('conclusion/approval')
  @ApiBody({ type: EmptyDto })
  @ApiOperation({ summary: 'The ordering head approves the conclusion (art. 58 p.5)' })
  approveConclusion(
    @Body() _body: EmptyDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({ type: 'ApproveConclusion', approvedBy: user.personRef }));
  }

  @Post('familiarizations')
  @ApiBody({ type: RecordSignatureDto })
  @ApiOperation({ summary: 'The conclusion was shown to the employee: signed or refused (art. 58 p.8)' })
  recordFamiliarization(
    @Body() body: RecordSignatureDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordFamiliarization', ...body }));
  }

  @Post('order/announcements')
  @ApiBody({ type: RecordSignatureDto })
  @ApiOperation({
    summary: 'The order was announced against signature, or the refusal recorded (art. 57 p.8-9)',
  })
  recordAnnouncement(
    @Body() body: RecordSignatureDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordOrderAnnouncement', ...body }));
  }

  @Post('appeals')
  @ApiBody({ type: FileAppealDto })
  @ApiOperation({ summary: 'The penalized employee appeals (art. 57 p.19-21)' })
  fileAppeal(
    @Body() body: FileAppealDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'FileAppeal', ...body }));
  }

  @Post('appeals/:appealId/decision')
  @ApiBody({ type: DecideAppealDto })
  decideAppeal(
    @Param('appealId') appealId: string,
    @Body() body: DecideAppealDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'DecideAppeal', appealId, ...body }));
  }

  @Post('penalties/:penaltyId/early-lifting')
  @ApiBody({ type: ReasonDto })
  @ApiOperation({ summary: 'Lifts a penalty early as a reward (art. 55)' })
  liftEarly(
    @Param('penaltyId') penaltyId: string,
    @Body() body: ReasonDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'LiftPenaltyEarly', penaltyId, ...body }));
  }

  private async run(step: StepRequest, res: Response, build: (user: Principal) => CaseCommand) {
    const key = IdempotencyService.checkKey(step.key);
    const stored = await this.commands.execute(step.user, step.caseId, key, step.path, build(step.user));
    return respond(res, stored);
  }
}
