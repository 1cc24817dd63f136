import { TransitionRepository } from '@qorgau/cases-persistence';
import {
  decide,
  evolve,
  initialCaseState,
  kazakhstanDateOf,
  type CaseCommand,
  type CaseState,
} from '@qorgau/domain';
import { seedReportOfSlap, type ReportCaseCommand } from '@qorgau/domain/test-support';
import { type DataSource } from 'typeorm';

/** The seed's report (A's allegation of the slap) as a command, without evidence: no objective evidence at all. */
export const reportOf = (discoveredOn: string): ReportCaseCommand => {
  const { evidence: _evidence, ...report } = seedReportOfSlap(discoveredOn);
  return report;
};

/**
 * Records commands as the worker's activity would: the real decider decides, TransitionRepository writes the
 * events, projection and outbox rows in one transaction. Returns the state after the last command.
 */
export async function recordCommands(
  dataSource: DataSource,
  caseId: string,
  commands: readonly CaseCommand[],
  start = new Date(),
): Promise<{ state: CaseState; version: number }> {
  const transitions = new TransitionRepository(dataSource);
  let state = initialCaseState(caseId);
  let version = 0;
  for (const [i, command] of commands.entries()) {
    const at = new Date(start.getTime() + i * 1000).toISOString();
    const decision = decide(state, command, at);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.error.code}`);
    const next = decision.value.reduce(evolve, state);
    const result = await transitions.record({
      caseId,
      fromVersion: version,
      events: decision.value,
      state: next,
      recordedAt: new Date(at),
      requestId: `${caseId}-r${i}`,
    });
    state = next;
    version = result.version;
  }
  return { state, version };
}

export const today = (): string => kazakhstanDateOf(new Date().toISOString());

/** Records dated commands as the worker's activity would (the real decider; `at` is each command's instant). */
export async function recordDated(
  dataSource: DataSource,
  caseId: string,
  steps: readonly (readonly [CaseCommand, string])[],
): Promise<{ state: CaseState; version: number }> {
  const transitions = new TransitionRepository(dataSource);
  let state = initialCaseState(caseId);
  let version = 0;
  for (const [i, [command, at]] of steps.entries()) {
    const decision = decide(state, command, at);
    if (!decision.ok)
      throw new Error(`${command.type}: ${decision.error.code} ${JSON.stringify(decision.error.params)}`);
    const next = decision.value.reduce(evolve, state);
    const result = await transitions.record({
      caseId,
      fromVersion: version,
      events: decision.value,
      state: next,
      recordedAt: new Date(at),
      requestId: `${caseId}-d${i}`,
    });
    state = next;
    version = result.version;
  }
  return { state, version };
}
