import { Inject, Injectable } from '@nestjs/common';
import { type Principal } from '@qorgau/service-kit';
import { type EntityManager } from 'typeorm';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { verifyChain, type ChainVerdict } from './audit-chain';
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

  /** Walks the whole chain in pages; stops at the first broken entry. */
  async verify(pageSize = 1000): Promise<ChainVerdict> {
    let last: { seq: number; hash: string } | null = null;
    let entries = 0;
    for (;;) {
      const page = await this.log.page(last?.seq ?? 0, pageSize);
      const verdict = verifyChain(page, last);
      if (!verdict.ok) {
        return {
          ok: false,
          entries: entries + verdict.entries,
          firstBrokenSeq: verdict.firstBrokenSeq,
          reason: verdict.reason,
        };
      }
      entries += verdict.entries;
      last = verdict.last;
      if (page.length < pageSize) return { ok: true, entries };
    }
  }
}
