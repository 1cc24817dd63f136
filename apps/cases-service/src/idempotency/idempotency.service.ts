import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { canonicalJson } from '../audit/audit-chain';
import { type CasesConfig } from '../config';
import { CONFIG, DATA_SOURCE } from '../platform/tokens';

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * `Idempotency-Key` on every POST: the first request with a key runs and its response is stored; a replay of
 * the same request gets the stored response; the same key with another request is refused. A failed request
 * stores nothing, so the caller may retry it with the same key (the workflow update id is the key too, so a
 * command that did reach the workflow is not applied twice).
 *
 * A claim is a lease (IDEMPOTENCY_LEASE_SECONDS, on the database's clock): while it runs a replay answers 409;
 * once it expired without a response (the process died between claim and completion) the same request retakes
 * the key and runs again, which the update id makes safe. Each claim has its own id, so a request that outlived
 * its lease cannot overwrite or delete the response of the one that retook the key.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Pick<CasesConfig, 'IDEMPOTENCY_LEASE_SECONDS'>,
  ) {}

  static checkKey(key: string | undefined): string {
    if (!key || !KEY.test(key)) {
      throw new ProblemException({
        code: 'IDEMPOTENCY_KEY_REQUIRED',
        status: 400,
        detail: 'Every POST needs an Idempotency-Key header of 8-200 characters (letters, digits, . _ : -).',
        errors: [
          { field: 'Idempotency-Key', rule: key ? 'invalid_format' : 'required', message: 'Idempotency-Key' },
        ],
      });
    }
    return key;
  }

  async once(
    key: string,
    request: { actor: string; method: string; path: string; body: unknown },
    run: () => Promise<StoredResponse>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const fingerprint = createHash('sha256').update(canonicalJson(request)).digest('hex');
    const claim = randomUUID();
    // New key, or the same request's expired claim: take it. Anything else leaves the row as it is.
    const claimed = (await this.dataSource.query(
      `INSERT INTO cases.idempotent_request (key, fingerprint, claim_id, lease_until)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (key) DO UPDATE SET claim_id = EXCLUDED.claim_id, lease_until = EXCLUDED.lease_until
         WHERE idempotent_request.status IS NULL AND idempotent_request.lease_until <= now()
           AND idempotent_request.fingerprint = EXCLUDED.fingerprint
       RETURNING key`,
      [key, fingerprint, claim, this.config.IDEMPOTENCY_LEASE_SECONDS],
    )) as unknown[];
    if (claimed.length === 0) return { ...(await this.stored(key, fingerprint)), replayed: true };
    let response: StoredResponse;
    try {
      response = await run();
    } catch (error) {
      await this.dataSource.query('DELETE FROM cases.idempotent_request WHERE key = $1 AND claim_id = $2', [
        key,
        claim,
      ]);
      throw error;
    }
    await this.dataSource.query(
      `UPDATE cases.idempotent_request SET status = $3, body = $4, headers = $5
       WHERE key = $1 AND claim_id = $2 AND status IS NULL`,
      [key, claim, response.status, JSON.stringify(response.body ?? null), JSON.stringify(response.headers)],
    );
    return { ...response, replayed: false };
  }

  private async stored(key: string, fingerprint: string): Promise<StoredResponse> {
    const [row] = (await this.dataSource.query(
      `SELECT fingerprint, status, body, headers,
              greatest(1, ceil(extract(epoch FROM lease_until - now())))::int AS retry_after
       FROM cases.idempotent_request WHERE key = $1`,
      [key],
    )) as {
      fingerprint: string;
      status: number | null;
      body: unknown;
      headers: Record<string, string> | null;
      retry_after: number;
    }[];
    if (!row || row.fingerprint !== fingerprint) {
      throw new ProblemException({
        code: 'IDEMPOTENCY_KEY_REUSED',
        status: 422,
        detail: 'This Idempotency-Key was used for a different request.',
      });
    }
    if (row.status === null) {
      throw new ProblemException({
        code: 'REQUEST_IN_PROGRESS',
        status: 409,
        detail: `A request with this Idempotency-Key is still running; retry in ${row.retry_after} s (if it died, the key is free again then).`,
      });
    }
    return { status: row.status, body: row.body, headers: row.headers ?? {} };
  }
}
