import {
  Alert,
  Badge,
  Box,
  Card,
  Grid,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../auth/auth-context';
import { type Unit, useCommission, useOfficers, useUnits } from './directory-api';
import { ImportPanel } from './import-panel';
import { Loading } from '../../components/loading';

const ROLES = [
  'officer',
  'investigator',
  'head',
  'commission-member',
  'commission-chair',
  'commission-secretary',
  'higher-official',
  'wellbeing-staff',
  'hr-inspector',
  'auditor',
  'admin',
] as const;

/** Today in Kazakhstan (UTC+5), the day whose commission composition is "in force". */
const kazakhstanToday = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);

/**
 * The organisation for administrators: units tree, officers and roles, commission compositions, CSV import.
 * A head reads it too, without any control that changes it: the service answers them the units of their own
 * unit's subtree and those units' commission compositions (the officers list and the import stay with admins).
 */
export function DirectoryPage() {
  const auth = useAuth();
  const roles = auth.claims?.roles ?? [];
  if (roles.includes('admin')) return <Directory editable />;
  if (roles.includes('head')) return <Directory editable={false} />;
  return (
    <Alert color="yellow" role="alert" data-testid="not-permitted">
      <FormattedMessage id="directory.notPermitted" />
    </Alert>
  );
}

function Directory(props: { editable: boolean }) {
  const units = useUnits();
  const [selected, setSelected] = useState<string | undefined>();
  return (
    <Stack gap="md">
      <Title order={1}>
        <FormattedMessage id="directory.title" />
      </Title>
      {props.editable ? (
        <ImportPanel />
      ) : (
        <Alert color="blue" data-testid="directory-read-only">
          <FormattedMessage id="directory.readOnly" />
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder component="section" aria-labelledby="directory-units-heading">
            <Title order={2} size="h3" id="directory-units-heading" mb="xs">
              <FormattedMessage id="directory.units" />
            </Title>
            {units.isPending ? (
              <Loading size="sm" />
            ) : (
              <UnitTree units={units.data ?? []} parent={null} selected={selected} onSelect={setSelected} />
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {props.editable && <Officers unitId={selected} />}
            {selected ? (
              <Commission unitId={selected} />
            ) : (
              !props.editable && (
                <Text>
                  <FormattedMessage id="directory.chooseUnit" />
                </Text>
              )
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function UnitTree(props: {
  units: readonly Unit[];
  parent: string | null;
  selected: string | undefined;
  onSelect: (unitId: string | undefined) => void;
}) {
  const intl = useIntl();
  // At the top: the units whose parent is not listed (a head's list starts at their own unit).
  const listed = new Set(props.units.map((u) => u.unitId));
  const children = props.units.filter((u) =>
    props.parent === null
      ? u.parentUnitId === null || !listed.has(u.parentUnitId)
      : u.parentUnitId === props.parent,
  );
  if (children.length === 0) return null;
  return (
    <ul
      role={props.parent === null ? 'tree' : 'group'}
      aria-label={props.parent === null ? intl.formatMessage({ id: 'directory.units' }) : undefined}
      style={{ listStyle: 'none', paddingLeft: props.parent === null ? 0 : 16, margin: 0 }}
    >
      {children.map((u) => (
        <li key={u.unitId} role="treeitem" aria-selected={props.selected === u.unitId}>
          <UnstyledButton
            onClick={() => props.onSelect(props.selected === u.unitId ? undefined : u.unitId)}
            aria-pressed={props.selected === u.unitId}
            data-testid={`unit-${u.unitId}`}
            style={{ fontWeight: props.selected === u.unitId ? 700 : 400, textDecoration: 'underline' }}
          >
            {u.name}
          </UnstyledButton>{' '}
          <Text component="span" size="sm">
            ({intl.formatMessage({ id: 'directory.officerCount' }, { count: u.officerCount })})
          </Text>
          {!u.active && (
            <Badge ml="xs" color="gray" c="dark" variant="light">
              <FormattedMessage id="directory.inactive" />
            </Badge>
          )}
          <UnitTree
            units={props.units}
            parent={u.unitId}
            selected={props.selected}
            onSelect={props.onSelect}
          />
        </li>
      ))}
    </ul>
  );
}

function Officers(props: { unitId: string | undefined }) {
  const intl = useIntl();
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const officers = useOfficers({ unitId: props.unitId, role, q });
  return (
    <Card withBorder component="section" aria-labelledby="directory-officers-heading">
      <Title order={2} size="h3" id="directory-officers-heading" mb="xs">
        <FormattedMessage id="directory.officers" />
      </Title>
      <Group grow mb="sm" wrap="wrap">
        <TextInput
          label={intl.formatMessage({ id: 'directory.search' })}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="officer-search"
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'directory.roleFilter' })}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          data={[
            { value: '', label: intl.formatMessage({ id: 'directory.anyRole' }) },
            ...ROLES.map((r) => ({ value: r, label: intl.formatMessage({ id: `directory.role.${r}` }) })),
          ]}
        />
      </Group>
      {officers.isPending ? (
        <Loading size="sm" />
      ) : (
        <>
          <Text size="sm" mb="xs">
            <FormattedMessage id="directory.officerCount" values={{ count: officers.data?.total ?? 0 }} />
          </Text>
          <Box
            style={{ overflowX: 'auto' }}
            tabIndex={0}
            role="region"
            aria-labelledby="directory-officers-heading"
          >
            <Table striped data-testid="officers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <FormattedMessage id="directory.name" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="directory.personRef" />
                  </Table.Th>
                  <Table.Th scope="col">
                    <FormattedMessage id="directory.roles" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(officers.data?.officers ?? []).map((o) => (
                  <Table.Tr key={o.personRef}>
                    <Table.Td>
                      {o.fullName}
                      {!o.active && (
                        <Badge ml="xs" color="gray" c="dark" variant="light">
                          <FormattedMessage id="directory.inactive" />
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{o.personRef}</Table.Td>
                    <Table.Td>
                      {o.roles.map((r) => intl.formatMessage({ id: `directory.role.${r}` })).join(', ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </>
      )}
    </Card>
  );
}

function Commission(props: { unitId: string }) {
  const intl = useIntl();
  const today = kazakhstanToday();
  const commission = useCommission(props.unitId, today);
  const compositions = commission.data?.compositions ?? [];
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="directory-commission-heading"
      data-testid="commission"
    >
      <Title order={2} size="h3" id="directory-commission-heading" mb="xs">
        <FormattedMessage id="directory.commission" />
      </Title>
      {commission.isPending ? (
        <Loading size="sm" />
      ) : compositions.length === 0 ? (
        <Text>
          <FormattedMessage id="directory.commission.none" />
        </Text>
      ) : (
        <Stack gap="sm">
          {compositions.map((c) => (
            <div key={c.effectiveFrom}>
              <Text fw={600}>
                <FormattedMessage id="directory.commission.from" values={{ date: c.effectiveFrom }} />
                {commission.data?.inForce?.effectiveFrom === c.effectiveFrom && (
                  <Badge ml="xs" color="green" c="dark" variant="light">
                    <FormattedMessage id="directory.commission.inForce" />
                  </Badge>
                )}
              </Text>
              <ul>
                {c.members.map((m) => (
                  <li key={m.personRef}>
                    {m.personRef} — {intl.formatMessage({ id: `directory.commission.role.${m.role}` })}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
