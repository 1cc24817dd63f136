import { Alert, Card, Loader, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { useAuth } from '../../auth/auth-context';

/** The audit log's hash chain, recomputed by the service (auditors and admins only). */
export function AuditSection() {
  const intl = useIntl();
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
        <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />
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
