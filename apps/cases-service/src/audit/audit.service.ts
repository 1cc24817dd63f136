import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@qorgau/service-kit';
import { type EntityManager } from 'typeorm';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { verifyChain, type ChainTip, type ChainVerdict } from './audit-chain';
import { AuditLogRepository } from './audit-log.repository';

/** What happened: every change of a case and every read of confidential material. */
export interface AuditEvent {
  readonly action: string;
  readonly target: string;
  readonly requestId?: string | undefined;
}

@Injectable()
export class AuditService {
  constructor(
    @Inject(AuditLogRepository) private readonly log: AuditLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(actor: Principal | string, event: AuditEvent, manager?: EntityManager): Promise<void> {
    await this.log.append(
      {
        at: this.clock.now().toISOString(),
        actor: typeof actor === 'string' ? actor : actor.personRef,
        action: event.action,
        target: event.target,
        requestId: event.requestId ?? null,
      },
      manager,
    );
  }

  /**
   * Walks every chain in pages; a chain stops at its first broken entry. Reports the break with the lowest
   * seq, and how many entries verified in all.
   */
  async verify(pageSize = 1000): Promise<ChainVerdict> {
    let entries = 0;
    let firstBreak: Extract<ChainVerdict, { ok: false }> | undefined;
    for (const chainNo of await this.log.chains()) {
      let last: ChainTip | null = null;
      for (;;) {
        const page = await this.log.page(chainNo, last?.chainSeq ?? 0, pageSize);
        const verdict = verifyChain(page, last);
        entries += verdict.entries;
        if (!verdict.ok) {
          const { last: _verified, ...broken } = verdict;
          if (!firstBreak || broken.firstBrokenSeq < firstBreak.firstBrokenSeq) firstBreak = broken;
          break;
        }
        last = verdict.last;
        if (page.length < pageSize) break;
      }
    }
    return firstBreak ? { ...firstBreak, entries } : { ok: true, entries };
  }
}
