import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { useIntl } from 'react-intl';
import { type CheckInStats, type DeskCheckIn } from './use-desk';

// Loaded on demand (React.lazy): recharts stays out of the pages that draw no chart.

/** k-anonymous check-ins per unit and closed quarter (cells under the minimum group were never sent). */
export function StatsChart(props: { stats: CheckInStats }) {
  const intl = useIntl();
  const data = props.stats.groups.map((g) => ({
    cell: `${g.unitId} ${g.period}`,
    checkIns: g.checkIns,
    urgent: g.urgentCheckIns,
  }));
  return (
    <BarChart
      h={240}
      data={data}
      dataKey="cell"
      series={[
        { name: 'checkIns', label: intl.formatMessage({ id: 'desk.stats.checkIns' }), color: 'blue.7' },
        { name: 'urgent', label: intl.formatMessage({ id: 'desk.stats.urgent' }), color: 'red.8' },
      ]}
      withLegend
    />
  );
}

/** One person's check-in scores over time (higher: more strain), the trend the staff act on. */
export function TrendChart(props: { checkIns: readonly DeskCheckIn[] }) {
  const intl = useIntl();
  const data = [...props.checkIns]
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .map((c) => ({ day: c.submittedOn, total: c.total }));
  return (
    <LineChart
      h={200}
      data={data}
      dataKey="day"
      series={[{ name: 'total', label: intl.formatMessage({ id: 'desk.trend.score' }), color: 'indigo.7' }]}
      curveType="linear"
    />
  );
}

export default { StatsChart, TrendChart };
