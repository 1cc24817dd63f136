import { Alert, Card, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { useAuth } from '../../auth/auth-context';
import { Loading } from '../../components/loading';

/** The audit log's hash chain, recomputed by the service (auditors and admins only). */
export function AuditSection() {
  const api = useApi();
  const { claims } = useAuth();
  const may = claims?.roles.some((r) => r === 'auditor' || r === 'admin') ?? false;
  const verify = useQuery({
    queryKey: ['audit', 'verify'],
    enabled: may,
    queryFn: async () =>
      (await body(api.cases.GET('/audit/verify', {}))) as unknown as {
        ok: boolean;
        entries: number;
        firstBrokenSeq?: number;
        reason?: string;
      },
  });
  if (!may) return null;
  return (
    <Card withBorder component="section" aria-labelledby="audit-heading">
      <Title order={2} size="h3" id="audit-heading" mb="xs">
        <FormattedMessage id="work.audit.title" />
      </Title>
      {!verify.data ? (
        <Loading size="sm" />
      ) : verify.data.ok ? (
        <Alert color="green" data-testid="audit-ok">
          <FormattedMessage id="work.audit.ok" values={{ entries: verify.data.entries }} />
        </Alert>
      ) : (
        <Alert color="red" data-testid="audit-broken">
          <FormattedMessage
            id="work.audit.broken"
            values={{ seq: verify.data.firstBrokenSeq ?? '?', reason: verify.data.reason ?? '' }}
          />
        </Alert>
      )}
    </Card>
  );
}
