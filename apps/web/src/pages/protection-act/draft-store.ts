import { type Api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { type DraftItem } from './draft';

// The server-side draft (GET/PUT /cases/{caseId}/protection-acts/draft, revision + If-Match): the only place
// that knows the route's shape.

export interface ServerDraft {
  items: DraftItem[];
  revision: string;
}

interface DraftBody {
  items?: unknown;
  revision?: number | string;
}

export async function loadServerDraft(api: Api, caseId: string): Promise<ServerDraft | undefined> {
  try {
    const { data, response } = await api.cases.GET('/cases/{caseId}/protection-acts/draft', {
      params: { path: { caseId } },
    });
    const draft = data as DraftBody | undefined;
    const revision =
      response.headers.get('etag') ?? (draft?.revision !== undefined ? `"${draft.revision}"` : null);
    if (!draft || !revision) return undefined;
    return { items: Array.isArray(draft.items) ? (draft.items as DraftItem[]) : [], revision };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return undefined;
    throw error;
  }
}

/** Stores the items; returns the new revision (ETag). */
export async function saveServerDraft(
  api: Api,
  caseId: string,
  items: DraftItem[],
  revision: string | null,
): Promise<string> {
  const { data, response } = await api.cases.PUT('/cases/{caseId}/protection-acts/draft', {
    // "0" before the first save: the service refuses a save that does not say which revision it replaces.
    params: { path: { caseId }, header: { 'If-Match': revision ?? '"0"' } },
    body: { items: items as never },
  });
  const saved = data as DraftBody | undefined;
  return response.headers.get('etag') ?? `"${saved?.revision ?? ''}"`;
}
