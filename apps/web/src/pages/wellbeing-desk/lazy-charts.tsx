import { lazy } from 'react';

export const StatsChart = lazy(async () => ({ default: (await import('./charts')).StatsChart }));
export const TrendChart = lazy(async () => ({ default: (await import('./charts')).TrendChart }));
