import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { canonicalJson } from '../audit/audit-chain';
import { DATA_SOURCE } from '../platform/tokens';

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
 */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

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
    const claimed = (await this.dataSource.query(
      `INSERT INTO cases.idempotent_request (key, fingerprint) VALUES ($1, $2)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, fingerprint],
    )) as unknown[];
    if (claimed.length === 0) return { ...(await this.stored(key, fingerprint)), replayed: true };
    let response: StoredResponse;
    try {
      response = await run();
    } catch (error) {
      await this.dataSource.query('DELETE FROM cases.idempotent_request WHERE key = $1', [key]);
      throw error;
    }
    await this.dataSource.query(
      'UPDATE cases.idempotent_request SET status = $2, body = $3, headers = $4 WHERE key = $1',
      [key, response.status, JSON.stringify(response.body ?? null), JSON.stringify(response.headers)],
    );
    return { ...response, replayed: false };
  }

  private async stored(key: string, fingerprint: string): Promise<StoredResponse> {
    const [row] = (await this.dataSource.query(
      'SELECT fingerprint, status, body, headers FROM cases.idempotent_request WHERE key = $1',
      [key],
    )) as {
      fingerprint: string;
      status: number | null;
      body: unknown;
      headers: Record<string, string> | null;
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
        detail: 'A request with this Idempotency-Key is still running; retry later.',
      });
    }
    return { status: row.status, body: row.body, headers: row.headers ?? {} };
  }
}
