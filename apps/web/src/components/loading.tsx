import { Loader, type LoaderProps } from '@mantine/core';
import { useIntl } from 'react-intl';

/**
 * The one loading indicator: a status named in the reader's language. Mantine's Loader is a bare span, on which an
 * aria-label is not allowed (axe aria-prohibited-attr, seen whenever a check ran while something loaded).
 */
export function Loading(props: LoaderProps) {
  const intl = useIntl();
  return <Loader role="status" aria-label={intl.formatMessage({ id: 'common.loading' })} {...props} />;
}
