import { Anchor, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { FormattedMessage } from 'react-intl';

export function NotFoundPage() {
  return (
    <section data-testid="not-found">
      <Title order={1} mb="sm">
        <FormattedMessage id="error.notFound.title" />
      </Title>
      <Text mb="md">
        <FormattedMessage id="error.notFound.body" />
      </Text>
      <Anchor component={Link} to="/cases">
        <FormattedMessage id="nav.cases" />
      </Anchor>
    </section>
  );
}
