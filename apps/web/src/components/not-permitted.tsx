import { Alert, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ApiProblem } from '../api/problem';

/** A wall between the disciplinary side and wellbeing: the service refused (403) or hid (404) what was asked. */
export const isWalled = (error: unknown): boolean =>
  error instanceof ApiProblem && (error.status === 403 || error.status === 404);

export function NotPermitted() {
  return (
    <section data-testid="not-permitted">
      <Title order={1} mb="sm">
        <FormattedMessage id="wall.title" />
      </Title>
      <Alert color="gray" variant="light">
        <FormattedMessage id="wall.body" />
      </Alert>
    </section>
  );
}

/** The wellbeing side never reads case content: for them a case URL is the wall, not a missing case. */
export const onWellbeingSide = (roles: readonly string[] | undefined): boolean =>
  (roles ?? []).length > 0 && (roles ?? []).every((r) => r === 'wellbeing-staff' || r === 'hr-inspector');
