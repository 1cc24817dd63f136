import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { useApi } from '../api/api-context';
import { body } from '../api/client';
import { formatInstant } from '../shared/dates';
import { Loading } from '../components/loading';

/** The notifications inbox (notifications-service renders each message in the reader's language). */
export function InboxPage() {
  const intl = useIntl();
  const api = useApi();
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: ['inbox', intl.locale],
    queryFn: () => body(api.notifications.GET('/inbox', { params: { query: { page: 1, pageSize: 50 } } })),
  });
  const markRead = useMutation({
    mutationFn: (id: string) =>
      body(api.notifications.POST('/inbox/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
  const items = inbox.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="inbox.title" />
      </Title>
      {inbox.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Text>
          <FormattedMessage id="inbox.empty" />
        </Text>
      ) : (
        <ul data-testid="inbox" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={item.id} style={{ marginBottom: 12 }}>
              <Card withBorder>
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600} component="h2" size="md">
                    {item.title}
                  </Text>
                  {!item.readAt && (
                    <Badge color="blue" variant="light" c="dark">
                      <FormattedMessage id="inbox.unread" />
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {formatInstant(intl, item.createdAt)}
                </Text>
                {item.body && <Text mt="xs">{item.body}</Text>}
                {!item.readAt && (
                  <Button size="xs" variant="subtle" mt="xs" onClick={() => markRead.mutate(item.id)}>
                    <FormattedMessage id="inbox.markRead" />
                  </Button>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
