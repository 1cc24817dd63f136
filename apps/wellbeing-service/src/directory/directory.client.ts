import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@qorgau/service-kit';
import { z } from 'zod';
import { type WellbeingConfig } from '../config';
import { CONFIG } from '../platform/tokens';
import { type UnitRoster } from './plan-references';

const roster = z.object({ unitId: z.string(), personRefs: z.array(z.string()) });

/**
 * Reads a unit's roster from cases-service (`GET /support/directory/units/:unitId`), which keeps the
 * directory; wellbeing has no grant on the cases database (the wall). It asks for the whole unit, so the
 * other side never learns which officer a plan is for. The caller's own token is forwarded: wellbeing staff
 * are who may read rosters there.
 */
@Injectable()
export class DirectoryClient {
  constructor(@Inject(CONFIG) private readonly config: WellbeingConfig) {}

  /** The roster, or null when the directory has no such unit; a 503 problem when it cannot be asked. */
  async roster(unitId: string, authorization: string): Promise<UnitRoster | null> {
    const url = new URL(`support/directory/units/${encodeURIComponent(unitId)}`, this.base());
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization, accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.DIRECTORY_TIMEOUT_MS),
      });
    } catch (error) {
      throw unavailable(`the directory did not answer (${String(error)})`);
    }
    if (response.status === 404) return null;
    const parsed = response.ok ? roster.safeParse(await response.json()) : undefined;
    if (!parsed?.success) throw unavailable(`the directory answered ${response.status}`);
    return parsed.data;
  }

  private base(): string {
    const url = this.config.CASES_SERVICE_URL;
    return url.endsWith('/') ? url : `${url}/`;
  }
}

const unavailable = (detail: string) =>
  new ProblemException({ code: 'DIRECTORY_UNAVAILABLE', status: 503, detail });
