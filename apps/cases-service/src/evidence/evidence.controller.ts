import {
  Controller,
  Get,
  Headers,
  Inject,
  Param,
  Put,
  Req,
  Res,
  StreamableFile,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  currentRequestId,
  CurrentUser,
  OperationId,
  type Principal,
  ProblemException,
} from '@qorgau/service-kit';
import { type Request, type Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { canCommand } from '../authz/case-access';
import { CaseCommandService } from '../cases/case-command.service';
import { DomainRejectionFilter } from '../cases/domain-rejection.filter';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { EvidenceRepository } from './evidence.repository';
import { EVIDENCE_STORAGE, type EvidenceStorage } from './evidence-storage';

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

/**
 * Evidence content: the item's metadata is a domain command (POST /cases/:id/evidence); its bytes are stored
 * content-addressed on the storage adapter, and every deposit and access lands in the custody log and the audit log.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@UseFilters(DomainRejectionFilter)
@Controller('cases/:caseId/evidence/:evidenceId')
export class EvidenceController {
  constructor(
    @Inject(CaseCommandService) private readonly cases: CaseCommandService,
    @Inject(EvidenceRepository) private readonly evidence: EvidenceRepository,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put('content')
  @ApiConsumes('application/octet-stream', 'application/pdf', 'image/jpeg', 'video/mp4')
  @ApiOperation({
    summary: 'Deposits the content of an evidence item (once; the same bytes again is a no-op)',
  })
  @OperationId('depositEvidenceContent')
  @ApiResponse({ status: 200, description: 'The content is stored (or was already, with the same bytes)' })
  @ApiResponse({ status: 413, description: 'The content is larger than the service accepts' })
  @ApiResponse({ status: 415, description: 'The content type is not one evidence may have' })
  async deposit(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Param('evidenceId') evidenceId: string,
    @Headers('content-type') contentType: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { scope } = await this.cases.readableScope(user, caseId);
    if (!canCommand(user, scope, { type: 'AddEvidence' })) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: 'You may not add evidence here.',
      });
    }
    this.itemOf(scope.state.evidence, evidenceId);
    // JSON is parsed by the platform before this runs, so it cannot be evidence bytes.
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    if (!MEDIA_TYPE.test(mediaType) || mediaType === 'application/json') {
      throw new ProblemException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        status: 415,
        detail: 'Send the file bytes with their media type as Content-Type.',
      });
    }
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new ProblemException({
        code: 'VALIDATION_FAILED',
        status: 400,
        detail: 'The evidence content is empty.',
        errors: [{ field: '(body)', rule: 'too_small', message: 'content required' }],
      });
    }
    const stored = await this.storage.put(body);
    const at = this.clock.now().toISOString();
    const recorded = await this.evidence.recordContent(caseId, evidenceId, {
      ...stored,
      mediaType,
      uploadedBy: user.personRef,
      uploadedAt: at,
    });
    if (recorded.sha256 !== stored.sha256) {
      throw new ProblemException({
        code: 'EVIDENCE_CONTENT_IMMUTABLE',
        status: 409,
        detail: 'This evidence item already has different content; add a new item instead.',
      });
    }
    const requestId = currentRequestId() ?? null;
    await this.evidence.addCustody(caseId, evidenceId, {
      at,
      actor: user.personRef,
      action: 'deposited',
      sha256: stored.sha256,
      requestId,
    });
    await this.audit.record(user, {
      action: 'evidence.content.deposit',
      target: `case/${caseId}/evidence/${evidenceId}`,
      requestId: requestId ?? undefined,
    });
    res.status(200);
    return { caseId, evidenceId, ...recorded };
  }

  @Get()
  @ApiOperation({ summary: 'The evidence item: metadata, content hash and chain of custody' })
  @OperationId('getEvidence')
  async describe(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Param('evidenceId') evidenceId: string,
  ) {
    const { scope } = await this.cases.readableScope(user, caseId);
    const item = this.itemOf(scope.state.evidence, evidenceId);
    await this.audit.record(user, {
      action: 'evidence.read',
      target: `case/${caseId}/evidence/${evidenceId}`,
      requestId: currentRequestId(),
    });
    return {
      item,
      content: (await this.evidence.content(caseId, evidenceId)) ?? null,
      custody: await this.evidence.custody(caseId, evidenceId),
    };
  }

  @Get('content')
  @ApiOperation({
    summary: 'The content, verified against its SHA-256; the access is recorded in the custody log',
  })
  @OperationId('getEvidenceContent')
  async content(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Param('evidenceId') evidenceId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { scope } = await this.cases.readableScope(user, caseId);
    this.itemOf(scope.state.evidence, evidenceId);
    const content = await this.evidence.content(caseId, evidenceId);
    if (!content) {
      throw new ProblemException({ code: 'NOT_FOUND', status: 404, detail: 'No content was deposited.' });
    }
    const bytes = await this.storage.get(content.sha256);
    const requestId = currentRequestId() ?? null;
    await this.evidence.addCustody(caseId, evidenceId, {
      at: this.clock.now().toISOString(),
      actor: user.personRef,
      action: 'accessed',
      sha256: content.sha256,
      requestId,
    });
    await this.audit.record(user, {
      action: 'evidence.content.read',
      target: `case/${caseId}/evidence/${evidenceId}`,
      requestId: requestId ?? undefined,
    });
    res.setHeader('x-content-sha256', content.sha256);
    return new StreamableFile(bytes, { type: content.mediaType, length: bytes.length });
  }

  private itemOf<T extends { id: string }>(items: readonly T[], evidenceId: string): T {
    const item = items.find((i) => i.id === evidenceId);
    if (!item) {
      throw new ProblemException({
        code: 'EVIDENCE_NOT_FOUND',
        status: 404,
        detail: `No evidence item ${evidenceId} in this case.`,
      });
    }
    return item;
  }
}
