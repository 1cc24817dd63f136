import { Inject, Injectable } from '@nestjs/common';
import { type CaseCommand } from '@qorgau/domain';
import { ProblemException } from '@qorgau/service-kit';
import { type CommissionMember, type CompositionRecord } from './directory-model';
import { DirectoryRepository } from './directory.repository';

const sameMembers = (a: readonly CommissionMember[], b: readonly CommissionMember[]) => {
  const key = (ms: readonly CommissionMember[]) =>
    ms
      .map((m) => `${m.personRef}:${m.role}`)
      .sort()
      .join();
  return key(a) === key(b);
};

/** Whether a scheduled session sits with the composition in force on its date (pure). */
export function sessionMismatch(
  inForce: CompositionRecord | undefined,
  members: readonly CommissionMember[],
): CompositionRecord | undefined {
  return inForce && !sameMembers(inForce.members, members) ? inForce : undefined;
}

/**
 * The composition in force on a session's date is the one that sits (art. 58-1, quorum ⌈2n/3⌉ of it): a session
 * scheduled with other members is refused, naming the composition of that day. A unit whose directory records
 * no composition yet keeps the members the head names.
 */
@Injectable()
export class CommissionCompositions {
  constructor(@Inject(DirectoryRepository) private readonly repository: DirectoryRepository) {}

  async checkSession(command: CaseCommand, caseUnitId: string): Promise<void> {
    if (command.type !== 'ScheduleCommissionSession') return;
    const inForce = await this.repository.compositionOn(caseUnitId, command.sessionOn);
    const mismatch = sessionMismatch(inForce, command.members);
    if (!mismatch) return;
    const names = mismatch.members.map((m) => `${m.personRef} (${m.role})`).join(', ');
    const detail = `On ${command.sessionOn} the commission of ${caseUnitId} is the composition in force from ${mismatch.effectiveFrom}: ${names}.`;
    throw new ProblemException({
      code: 'COMMISSION_COMPOSITION_MISMATCH',
      status: 422,
      detail,
      errors: [{ field: 'members', rule: 'composition_in_force', message: detail }],
    });
  }
}
