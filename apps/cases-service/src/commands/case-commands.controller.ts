import {
  applyDecorators,
  Body,
  Controller,
  HttpCode,
  Inject,
  Post,
  Res,
  UseFilters,
  type Type,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { CaseCommandService } from '../cases/case-command.service';
import { DomainRejectionFilter } from '../cases/domain-rejection.filter';
import { respond } from '../cases/respond';
import { Step, type StepRequest } from '../cases/step.decorator';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { pathParamsOf, type CaseCommandDeclaration } from './case-command';
import { CASE_COMMANDS } from './case-command.registry';
import { CommandResponseDto } from './command-response.dto';
import { refusalsDocumented } from './refusal-docs';

/**
 * The steps of an investigation as resources under the case, one route per declared command
 * (case-command.registry.ts). Each route checks its body, then `send` authorizes, runs once per Idempotency-Key
 * and sends the command to the case's workflow.
 */
@ApiTags('case steps')
@ApiBearerAuth()
@ApiHeader({
  name: 'Idempotency-Key',
  required: true,
  description: 'Retries with the same key replay the answer',
})
@ApiHeader({ name: 'If-Match', required: false, description: 'The case ETag ("<version>"); 412 when stale' })
@UseFilters(DomainRejectionFilter)
@Controller('cases/:caseId')
export class CaseCommandsController {
  constructor(@Inject(CaseCommandService) private readonly commands: CaseCommandService) {}

  async send(declaration: CaseCommandDeclaration, body: unknown, step: StepRequest, res: Response) {
    const key = IdempotencyService.checkKey(step.key);
    const command = declaration.toCommand({ body, params: step.params, caller: step.user.personRef });
    const stored =
      command.type === 'MigrateDecisionEnvironment'
        ? await this.commands.migrateEnvironment(step.user, step.caseId, key, step.path, command.reason)
        : await this.commands.execute(
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

/** Adds the route of one declared command to the controller, as the decorators of a handwritten handler would. */
function route(controller: Type<CaseCommandsController>, declaration: CaseCommandDeclaration): void {
  const prototype = controller.prototype as object;
  const name = declaration.operationId;
  // The handler's name is the operation's name in the OpenAPI document and the generated clients.
  const handler = {
    [name](this: CaseCommandsController, body: unknown, step: StepRequest, res: Response) {
      return this.send(declaration, body, step, res);
    },
  }[name];
  Object.defineProperty(prototype, name, { value: handler, configurable: true, writable: true });
  // What TypeScript emits for `(@Body() body: Dto, ...)`: the global zod pipe validates the body against it.
  Reflect.defineMetadata('design:paramtypes', [declaration.body, Object, Object], prototype, name);
  Body()(prototype, name, 0);
  Step()(prototype, name, 1);
  Res({ passthrough: true })(prototype, name, 2);
  applyDecorators(
    Post(declaration.path),
    HttpCode(200),
    ApiOperation({ summary: declaration.summary }),
    ApiBody({ type: declaration.body }),
    ApiOkResponse({ type: CommandResponseDto, description: 'The command was recorded (or replayed)' }),
    ApiParam({ name: 'caseId', type: String, format: 'uuid' }),
    ...pathParamsOf(declaration.path).map((param) => ApiParam({ name: param, type: String })),
    ...refusalsDocumented(declaration).map((response) => ApiResponse(response)),
  )(prototype, name, Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor);
}

for (const declaration of CASE_COMMANDS) route(CaseCommandsController, declaration);
