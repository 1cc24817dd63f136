import { Button, Card, Group, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** Opens a case's work page by its number (auditors and case workers who were sent a case number). */
export function OpenCaseForm() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [caseId, setCaseId] = useState('');
  return (
    <Card withBorder component="section" aria-labelledby="open-case-heading">
      <Title order={2} size="h4" id="open-case-heading" mb="xs">
        <FormattedMessage id="work.openCase.title" />
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (caseId.trim()) void navigate({ to: `/work/${encodeURIComponent(caseId.trim())}` });
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            id="open-case-id"
            label={intl.formatMessage({ id: 'work.openCase.label' })}
            value={caseId}
            onChange={(e) => setCaseId(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" data-testid="open-case">
            <FormattedMessage id="work.openCase.open" />
          </Button>
        </Group>
      </form>
    </Card>
  );
}
