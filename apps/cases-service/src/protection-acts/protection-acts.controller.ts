import { randomUUID } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { accessTo } from '@qorgau/domain';
import {
  createZodDto,
  currentRequestId,
  CurrentUser,
  OperationId,
  ProblemException,
  type Principal,
} from '@qorgau/service-kit';
import { type Request, type Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { relationsOf } from '../authz/case-access';
import { CaseCommandService } from '../cases/case-command.service';
import { caseViewerOf } from '../cases/case-viewer';
import { EVIDENCE_STORAGE, type EvidenceStorage } from '../evidence/evidence-storage';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { ProtectionActRepository } from './protection-act.repository';
import { DraftDto, fileNameQuery, SaveDraftDto, UploadedFileDto } from './protection-acts.dto';

/** `?name=` of an upload: the file's name as the subject sees it. */
class FileNameQuery extends createZodDto(fileNameQuery) {}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;
const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/;

const onlySubject = () =>
  new ProblemException({
    code: 'FORBIDDEN',
    status: 403,
    detail: 'Only the subject of this case prepares a Protection Act here.',
  });

/**
 * The subject's side of the Protection Act before submission: an autosaved draft (never a filing, never seen by
 * anyone else) and the files for protection-evidence items, hashed here, never on the client's word.
 */
@ApiTags('protection act')
@ApiBearerAuth()
@ApiParam({ name: 'caseId', type: String, format: 'uuid' })
@Controller('cases/:caseId/protection-acts')
export class ProtectionActsController {
  constructor(
    @Inject(CaseCommandService) private readonly cases: CaseCommandService,
    @Inject(ProtectionActRepository) private readonly repository: ProtectionActRepository,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('draft')
  @ApiOperation({
    summary:
      "The caller's own draft for this case (revision 0 and no items before the first save); ETag = revision",
  })
  @ApiOkResponse({ type: DraftDto })
  @OperationId('getProtectionActDraft')
  async getDraft(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.subjectOf(user, caseId);
    const draft = await this.repository.draft(caseId, user.personRef);
    res.setHeader('etag', `"${draft.revision}"`);
    res.setHeader('cache-control', 'no-store');
    return draft;
  }

  @Put('draft')
  @ApiOperation({
    summary:
      'Saves the draft (autosave). If-Match "<revision>" is required ("0" before the first save); 412 when another tab or device saved in between',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The draft revision read: "<revision>"' })
  @ApiBody({ type: SaveDraftDto })
  @ApiOkResponse({ type: DraftDto })
  @OperationId('saveProtectionActDraft')
  async saveDraft(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: SaveDraftDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.subjectOf(user, caseId);
    const expected = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch?.trim() ?? '');
    if (!expected) {
      throw new ProblemException({
        code: 'VALIDATION_FAILED',
        status: 400,
        detail: 'Send If-Match with the draft revision you read ("0" before the first save).',
        errors: [{ field: 'If-Match', rule: 'required', message: 'the draft revision, e.g. "3"' }],
      });
    }
    const saved = await this.repository.saveDraft(
      caseId,
      user.personRef,
      Number(expected[1]),
      body.items,
      this.clock.now(),
    );
    if (!saved) {
      throw new ProblemException({
        code: 'PRECONDITION_FAILED',
        status: 412,
        detail: 'The draft was saved elsewhere since you read it: reload it, then save again.',
        errors: [{ field: 'If-Match', rule: 'stale', message: 'the draft has a newer revision' }],
      });
    }
    res.setHeader('etag', `"${saved.revision}"`);
    return saved;
  }

  @Post('files')
  @HttpCode(201)
  @ApiConsumes('application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png')
  @ApiOperation({
    summary:
      'Uploads a file for a protection-evidence item (raw bytes, Content-Type recorded, ≤ 25 MB); the server computes its SHA-256. Put name, contentHash and mediaType of the answer into the item’s attachments',
  })
  @ApiCreatedResponse({ type: UploadedFileDto })
  @ApiResponse({ status: 413, description: 'The file is larger than 25 MB' })
  @ApiResponse({ status: 415, description: 'No media type, or JSON, was sent as the file’s Content-Type' })
  @OperationId('uploadProtectionActFile')
  async upload(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Query() query: FileNameQuery,
    @Headers('content-type') contentType: string | undefined,
    @Req() req: Request,
  ) {
    await this.subjectOf(user, caseId);
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!MEDIA_TYPE.test(mediaType) || mediaType === 'application/json') {
      throw new ProblemException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        status: 415,
        detail: 'Send the file bytes with their media type as Content-Type.',
        errors: [{ field: 'Content-Type', rule: 'media_type', message: 'the file’s media type' }],
      });
    }
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new ProblemException({
        code: 'VALIDATION_FAILED',
        status: 400,
        detail: 'The file is empty.',
        errors: [{ field: '(body)', rule: 'too_small', message: 'content required' }],
      });
    }
    const stored = await this.storage.put(body);
    const file = {
      fileId: randomUUID(),
      caseId,
      ownerRef: user.personRef,
      name: query.name,
      mediaType,
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      uploadedAt: this.clock.now().toISOString(),
    };
    await this.repository.addFile(file);
    await this.audit.record(user, {
      action: 'protection-act.file.upload',
      target: `case/${caseId}/protection-act/${user.personRef}/file/${file.fileId}`,
      requestId: currentRequestId(),
    });
    return {
      fileId: file.fileId,
      name: file.name,
      mediaType,
      sizeBytes: file.sizeBytes,
      contentHash: `sha256:${file.sha256}`,
      uploadedAt: file.uploadedAt,
    };
  }

  @Get(':personRef/files/:contentHash')
  @ApiOperation({
    summary:
      "A file of a person's Protection Act by its content hash (an attachment's contentHash), for whoever may read that act",
  })
  @OperationId('downloadProtectionActFile')
  async download(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Param('personRef') personRef: string,
    @Param('contentHash') contentHash: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { scope } = await this.cases.readableScope(user, caseId);
    const access = accessTo('protectionActs', caseViewerOf(user, scope));
    const sha256 = SHA256.exec(contentHash)?.[1];
    const file = sha256 && (await this.repository.fileByHash(caseId, personRef, sha256));
    // As everywhere: 403 to a reader of the case without the right to this act, 404 for no such file.
    if (access === 'none' || (access === 'own' && personRef !== user.personRef)) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: "You may not read this person's Protection Act.",
      });
    }
    if (!file) {
      throw new ProblemException({ code: 'NOT_FOUND', status: 404, detail: 'No such file in this act.' });
    }
    await this.audit.record(user, {
      action: 'protection-act.file.read',
      target: `case/${caseId}/protection-act/${personRef}/file/${file.fileId}`,
      requestId: currentRequestId(),
    });
    const content = await this.storage.get(file.sha256);
    res.setHeader('content-type', file.mediaType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('x-content-type-options', 'nosniff');
    return new StreamableFile(content);
  }

  /** The draft and the uploads are the subject's alone: a case they cannot read is 404, another role 403. */
  private async subjectOf(user: Principal, caseId: string): Promise<void> {
    const { scope } = await this.cases.readableScope(user, caseId);
    if (!relationsOf(user, scope).has('subject')) throw onlySubject();
  }
}
