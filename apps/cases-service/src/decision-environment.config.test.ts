import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@qorgau/config';
import { DEFAULT_PINNED_ENVIRONMENT, DEFAULT_POLICY, defaultKzCorrections } from '@qorgau/domain';
import { loadCasesConfig } from './config';
import { decisionEnvironmentOf } from './decision-environment.config';

const REQUIRED = { DATABASE_URL: 'postgres://qorgau@127.0.0.1:5432/qorgau' };
const dir = mkdtempSync(join(tmpdir(), 'qorgau-env-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const problemsOf = (env: Record<string, string>): { variable: string; message: string }[] => {
  try {
    loadCasesConfig({ ...REQUIRED, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => ({ ...p }));
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('the decision environment new cases are pinned to (QORGAU_POLICY_FILE, QORGAU_CALENDAR_FILE)', () => {
  it('defaults to the compiled policy and the shipped calendar file', () => {
    const config = loadCasesConfig(REQUIRED);
    expect(config.QORGAU_POLICY_FILE).toEqual(DEFAULT_POLICY);
    expect(config.QORGAU_CALENDAR_FILE).toEqual(defaultKzCorrections);
    expect(decisionEnvironmentOf(config)).toEqual(DEFAULT_PINNED_ENVIRONMENT);
  });

  it('applies policy overrides and calendar data from files: a new version', () => {
    const calendar = {
      ...defaultKzCorrections,
      years: {
        ...defaultKzCorrections.years,
        '2031': {
          status: 'official',
          transfers: [{ from: '2031-06-14', to: '2031-06-06', source: 'test decree' }],
        },
      },
    };
    const config = loadCasesConfig({
      ...REQUIRED,
      QORGAU_POLICY_FILE: file('policy.json', { protectionAct: { windowWorkingDays: 7 } }),
      QORGAU_CALENDAR_FILE: file('calendar.json', calendar),
    });
    expect(config.QORGAU_POLICY_FILE.protectionAct).toEqual({
      ...DEFAULT_POLICY.protectionAct,
      windowWorkingDays: 7,
    });
    const pinned = decisionEnvironmentOf(config);
    expect(pinned.calendar.corrections).toEqual(calendar);
    expect(pinned.version).not.toBe(DEFAULT_PINNED_ENVIRONMENT.version);
  });

  it.each([
    [
      { protectionAct: { windowWorkingDays: 2 } },
      'protectionAct.windowWorkingDays must be a whole number ≥ 3',
    ],
    [{ explanationDeadlineWorkingDays: 'two' }, 'explanationDeadlineWorkingDays:'],
    [{ explanationDeadlinesWorkingDays: 2 }, 'explanationDeadlinesWorkingDays'],
    [{ commissionNoticeWorkingDays: 0 }, 'commissionNoticeWorkingDays must be a whole number ≥ 1'],
    [{ supportCheckInOffsetsDays: [30, 7] }, 'supportCheckInOffsetsDays must be a non-empty ascending list'],
  ])('refuses the policy file %j at boot, naming the field', (content, message) => {
    expect(problemsOf({ QORGAU_POLICY_FILE: file('bad-policy.json', content) })).toEqual([
      expect.objectContaining({ variable: 'QORGAU_POLICY_FILE', message: expect.stringContaining(message) }),
    ]);
  });

  it('refuses a missing or unreadable file and bad calendar data, naming the variable and the entry', () => {
    expect(problemsOf({ QORGAU_POLICY_FILE: join(dir, 'nope.json') })).toEqual([
      expect.objectContaining({
        variable: 'QORGAU_POLICY_FILE',
        message: expect.stringContaining('JSON file'),
      }),
    ]);
    expect(problemsOf({ QORGAU_CALENDAR_FILE: file('broken.json', '{ not json') })).toEqual([
      expect.objectContaining({ variable: 'QORGAU_CALENDAR_FILE' }),
    ]);
    const bad = {
      nonTransferableRules: [],
      years: { '2031': { status: 'derived', transfers: [{ from: '2030-06-14' }] } },
    };
    expect(problemsOf({ QORGAU_CALENDAR_FILE: file('bad-calendar.json', bad) })).toEqual([
      expect.objectContaining({
        variable: 'QORGAU_CALENDAR_FILE',
        message: expect.stringContaining('2031.transfers[0]'),
      }),
    ]);
  });
});
