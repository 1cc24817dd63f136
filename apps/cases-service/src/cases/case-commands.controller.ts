import { Body, Controller, Inject, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type CaseCommand } from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { type Response } from 'express';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CaseCommandService } from './case-command.service';
import { DomainRejectionFilter } from './domain-rejection.filter';
import {
  AddEvidenceDto,
  AnswerProtectionActItemDto,
  DecideAppealDto,
  DecideProtectionActExtensionDto,
  DeclareInterestDto,
  EmptyDto,
  EndProceedingsDto,
  ExtendInvestigationDto,
  HandOverToCompetentBodyDto,
  FileAppealDto,
  FileProtectionActDto,
  HoldCommissionSessionDto,
  IssueOrderDto,
  OrderInvestigationDto,
  ReasonDto,
  RecordAbsenceDto,
  RecordAllegationDto,
  RecordExplanationDto,
  RecordPolygraphDto,
  RecordSignatureDto,
  RecordActingHeadDto,
  ReplaceInvestigatorDto,
  RequestProtectionActExtensionDto,
  RequestWitnessSupportDto,
  ScheduleCommissionSessionDto,
  StartClockPauseDto,
  SubmitConclusionDto,
  SuspendFromDutyDto,
} from './dto/case-commands.dto';
import { respond } from './respond';
import { Step, type StepRequest } from './step.decorator';

/**
 * The steps of an investigation as resources under the case. Each maps its body to one domain command and
 * runs it through the case's workflow; who performs it (orderedBy, approvedBy, ...) is the caller, never the body.
 */
@ApiTags('case steps')
@ApiBearerAuth()
@ApiParam({ name: 'caseId', type: String, format: 'uuid' })
@ApiHeader({ name: 'Idempotency-Key', required: true })
@ApiHeader({ name: 'If-Match', required: false, description: 'The case ETag ("<version>"); 412 when stale' })
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

  @Post('conclusion/acting-head')
  @ApiBody({ type: RecordActingHeadDto })
  @ApiOperation({
    summary: 'Records the head acting for the ordering head, who may then approve (art. 58 p.5)',
  })
  recordActingHead(
    @Body() body: RecordActingHeadDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordActingHead', ...body }));
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

  @Post('protection-acts')
  @ApiBody({ type: FileProtectionActDto })
  @ApiOperation({
    summary: 'The subject files their Protection Act; filing again amends it as a new version (art. 58 p.7)',
  })
  fileProtectionAct(
    @Body() body: FileProtectionActDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({
      type: 'FileProtectionAct',
      personRef: user.personRef,
      items: body.items,
    }));
  }

  @Post('protection-acts/:personRef/items/:itemId/answer')
  @ApiBody({ type: AnswerProtectionActItemDto })
  @ApiOperation({ summary: 'The investigator answers one Protection Act item, with reasons' })
  answerProtectionActItem(
    @Param('personRef') personRef: string,
    @Param('itemId') itemId: string,
    @Body() body: AnswerProtectionActItemDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({
      type: 'AnswerProtectionActItem',
      personRef,
      itemId,
      ...body,
      answeredBy: user.personRef,
    }));
  }

  @Post('conclusion')
  @ApiBody({ type: SubmitConclusionDto })
  @ApiOperation({ summary: 'The investigator submits the conclusion: findings, proposals (art. 58 p.5)' })
  submitConclusion(
    @Body() body: SubmitConclusionDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'SubmitConclusion', ...body }));
  }

  @Post('conclusion/return')
  @ApiBody({ type: ReasonDto })
  @ApiOperation({ summary: 'The head returns the conclusion for rework' })
  returnConclusion(
    @Body() body: ReasonDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'ReturnConclusion', ...body }));
  }

  @Post('commission/session')
  @ApiBody({ type: ScheduleCommissionSessionDto })
  @ApiOperation({
    summary: 'Schedules the commission session: members and date; notifies the employee (art. 58-1)',
  })
  scheduleSession(
    @Body() body: ScheduleCommissionSessionDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'ScheduleCommissionSession', ...body }));
  }

  @Post('commission/session/minutes')
  @ApiBody({ type: HoldCommissionSessionDto })
  @ApiOperation({ summary: 'Records the sitting: attendance, participation, open votes → recommendation' })
  holdSession(
    @Body() body: HoldCommissionSessionDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'HoldCommissionSession', ...body }));
  }

  @Post('order')
  @ApiBody({ type: IssueOrderDto })
  @ApiOperation({ summary: "The head's order imposes the penalties (issuedBy = caller)" })
  issueOrder(
    @Body() body: IssueOrderDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, (user) => ({ type: 'IssueOrder', issuedBy: user.personRef, ...body }));
  }

  @Post('end-proceedings')
  @ApiBody({ type: EndProceedingsDto })
  @ApiOperation({ summary: 'Ends the proceedings without a penalty' })
  endProceedings(
    @Body() body: EndProceedingsDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'EndProceedings', ...body }));
  }

  @Post('absences')
  @ApiBody({ type: RecordAbsenceDto })
  @ApiOperation({
    summary: "A subject's valid absence (pauses clocks; blackout for penalties, art. 57 p.14)",
  })
  recordAbsence(
    @Body() body: RecordAbsenceDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordAbsence', absence: body }));
  }

  @Post('suspensions')
  @ApiBody({ type: SuspendFromDutyDto })
  @ApiOperation({ summary: 'Suspends a subject from duty with pay during the investigation (art. 38)' })
  suspend(
    @Body() body: SuspendFromDutyDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'SuspendFromDuty', ...body }));
  }

  @Post('interests')
  @ApiBody({ type: DeclareInterestDto })
  @ApiOperation({ summary: 'A declared interest in a party: the participant is recused (art. 58 p.2)' })
  declareInterest(
    @Body() body: DeclareInterestDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'DeclareInterest', interest: body }));
  }

  @Post('clock-pauses')
  @ApiBody({ type: StartClockPauseDto })
  @ApiOperation({
    summary: 'Pauses the clocks: appeal of underlying acts, expertise, pre-trial (art. 57 p.15)',
  })
  startClockPause(
    @Body() body: StartClockPauseDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'StartClockPause', ...body }));
  }

  @Post('clock-pauses/:pauseId/end')
  @ApiBody({ type: EmptyDto })
  @ApiOperation({ summary: 'Ends a clock pause' })
  endClockPause(
    @Param('pauseId') pauseId: string,
    @Body() _body: EmptyDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'EndClockPause', pauseId }));
  }

  @Post('allegations')
  @ApiBody({ type: RecordAllegationDto })
  @ApiOperation({ summary: 'Records a further allegation between parties (before the conclusion)' })
  recordAllegation(
    @Body() body: RecordAllegationDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordAllegation', allegation: body }));
  }

  @Post('investigation/investigator')
  @ApiBody({ type: ReplaceInvestigatorDto })
  @ApiOperation({ summary: 'Replaces the assigned investigator, with reasons (recusal is checked)' })
  replaceInvestigator(
    @Body() body: ReplaceInvestigatorDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'ReplaceInvestigator', ...body }));
  }

  @Post('investigation/extensions')
  @ApiBody({ type: ExtendInvestigationDto })
  @ApiOperation({ summary: "Extends the investigation's term, with reasons (art. 58 p.4)" })
  extendInvestigation(
    @Body() body: ExtendInvestigationDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'ExtendInvestigation', ...body }));
  }

  @Post('polygraph')
  @ApiBody({ type: RecordPolygraphDto })
  @ApiOperation({ summary: "Records a polygraph examination; only with the person's consent" })
  recordPolygraph(
    @Body() body: RecordPolygraphDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordPolygraph', ...body }));
  }

  @Post('hand-overs')
  @ApiBody({ type: HandOverToCompetentBodyDto })
  @ApiOperation({ summary: 'Hands the materials over to the competent body; the clocks pause' })
  handOver(
    @Body() body: HandOverToCompetentBodyDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'HandOverToCompetentBody', ...body }));
  }

  @Post('witness-support')
  @ApiBody({ type: RequestWitnessSupportDto })
  @ApiOperation({ summary: 'A witness asks for psychological support (a support follow-up is offered)' })
  requestWitnessSupport(
    @Body() body: RequestWitnessSupportDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RequestWitnessSupport', ...body }));
  }

  @Post('suspensions/announcements')
  @ApiBody({ type: RecordSignatureDto })
  @ApiOperation({
    summary:
      'The suspension order was shown to the officer against signature, or the refusal recorded (art. 38)',
  })
  recordSuspensionAnnouncement(
    @Body() body: RecordSignatureDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(step, res, () => ({ type: 'RecordSuspensionAnnouncement', ...body }));
  }

  @Post('decision-environment/migrations')
  @ApiBody({ type: ReasonDto })
  @ApiOperation({
    summary:
      "Moves the running case to the service's current policy and calendar data, with a reason (audited; " +
      'new cases get them at start, running cases only this way)',
  })
  async migrateDecisionEnvironment(
    @Body() body: ReasonDto,
    @Step() step: StepRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const key = IdempotencyService.checkKey(step.key);
    const stored = await this.commands.migrateEnvironment(
      step.user,
      step.caseId,
      key,
      step.path,
      body.reason,
    );
    return respond(res, stored);
  }

  private async run(step: StepRequest, res: Response, build: (user: Principal) => CaseCommand) {
    const key = IdempotencyService.checkKey(step.key);
    const command = build(step.user);
    const stored = await this.commands.execute(
      step.user,
      step.caseId,
      key,
      step.path,
      command,
      step.ifMatch,
      step.body,
    );
    return respond(res, stored);
  }
}
