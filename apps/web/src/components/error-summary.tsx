import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { type FieldMessage } from '../shared/problem-text';

/** GOV.UK-style error summary: at the top, focused when it appears, each message a link to its field. */
export function ErrorSummary(props: { messages: readonly FieldMessage[]; general?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = props.messages.length > 0 || Boolean(props.general);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, props.messages, props.general]);
  if (!shown) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="outline"
      role="alert"
      aria-labelledby="error-summary-title"
      title={
        <span id="error-summary-title">
          <FormattedMessage id="error.summaryTitle" />
        </span>
      }
      mb="md"
      data-testid="error-summary"
    >
      {props.general && <p>{props.general}</p>}
      {props.messages.length > 0 && (
        <List>
          {props.messages.map((m) => (
            <List.Item key={`${m.fieldId}:${m.message}`}>
              <Anchor
                href={`#${m.fieldId}`}
                c="red.9"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(m.fieldId)?.focus();
                }}
              >
                {m.message}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
