import { type CaseCommand, type CaseCommandType, type ErrorCode } from '@qorgau/domain';
import { type ZodDto } from '@qorgau/service-kit';
import type { CaseRelation } from '../authz/case-access';

/** Moving a running case to the current decision environment: not a domain command the caller builds. */
export interface EnvironmentMigration {
  readonly type: 'MigrateDecisionEnvironment';
  readonly reason: string;
}

/** What a route sends to the case's workflow. */
export type RoutedCommand = CaseCommand | EnvironmentMigration;

/** What a route may take from the request besides its body: path parameters and the caller. */
export interface CommandInput<Body> {
  readonly body: Body;
  /** The route's path parameters other than `caseId` (`:appealId`, `:personRef`, ...). */
  readonly params: Readonly<Record<string, string>>;
  /** The caller's person reference: who orders, approves, issues (never taken from the body). */
  readonly caller: string;
}

/**
 * One case command as the HTTP API offers it, declared once. The route, its OpenAPI operation, the
 * authorization check and the generated client typings are all derived from this declaration.
 */
export interface CaseCommandDeclaration<Body = unknown> {
  /** The domain command the route sends. */
  readonly type: CaseCommandType;
  /** The operation's name in the OpenAPI document and the generated clients (`fileAppeal`). */
  readonly operationId: string;
  /** Under `/cases/:caseId/`; `:name` segments are path parameters given to `toCommand`. */
  readonly path: string;
  /** One line for the API documentation, with the legal article it follows where there is one. */
  readonly summary: string;
  /** The request body: a zod DTO (checked before anything else runs; 400 names the field and the rule). */
  readonly body: ZodDto & (new () => Body);
  /** The relations to the case that may send it (each backed by its role, see authz/case-access.ts). */
  readonly sentBy: readonly CaseRelation[];
  /** Of `sentBy`, the relations that may send it only about themselves (the command's person is the caller). */
  readonly onlyForThemselves?: readonly CaseRelation[];
  /** Domain refusals particular to this command, documented on its operation (409/422 with these codes). */
  readonly refusals?: readonly ErrorCode[];
  readonly toCommand: (input: CommandInput<Body>) => RoutedCommand;
}

/** Declares a command; the body's type flows from its DTO into `toCommand`. */
export const declareCommand = <Body>(declaration: CaseCommandDeclaration<Body>): CaseCommandDeclaration =>
  declaration as unknown as CaseCommandDeclaration;

/** The `:name` parameters of a route's path, in order (`appeals/:appealId/decision` → `['appealId']`). */
export const pathParamsOf = (path: string): string[] =>
  path
    .split('/')
    .filter((segment) => segment.startsWith(':'))
    .map((segment) => segment.slice(1));
