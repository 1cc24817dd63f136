import fc from 'fast-check';
import { defaultKzCorrections } from './calendar/kz-calendar';
import type { CalendarCorrections } from './calendar/corrections';
import { isWorkingDay } from './calendar/working-days';
import {
  canonicalJson,
  DEFAULT_PINNED_ENVIRONMENT,
  decisionEnvironmentOf,
  pinEnvironment,
  pinnedEnvironmentIntegrityProblems,
  pinnedEnvironmentProblems,
} from './decision-environment';
import { createPolicy, DEFAULT_POLICY } from './policy';
import { decide } from './lifecycle/decide';
import { evolve } from './lifecycle/evolve';
import { initialCaseState } from './lifecycle/state';

const withTransfer = (from: string, to: string): CalendarCorrections => ({
  ...defaultKzCorrections,
  years: {
    ...defaultKzCorrections.years,
    '2031': { status: 'official', transfers: [{ from, to, source: 'test decree' }] },
  },
});

describe('pinned decision environment (policy + calendar data, versioned by content)', () => {
  it('the compiled default is valid and versioned', () => {
    expect(pinnedEnvironmentProblems(DEFAULT_PINNED_ENVIRONMENT)).toEqual([]);
    expect(DEFAULT_PINNED_ENVIRONMENT.version).toMatch(/^env-[0-9a-f]{16}$/);
    expect(DEFAULT_PINNED_ENVIRONMENT.calendar.version).toMatch(/^cal-[0-9a-f]{16}$/);
  });

  it('survives a JSON round trip (a workflow input) with the same version', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_PINNED_ENVIRONMENT)) as unknown;
    expect(pinnedEnvironmentProblems(copy)).toEqual([]);
  });

  it('a calendar edit or a policy change is a new version; key order is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 3, max: 15 }), (explain, window) => {
        const policy = createPolicy({
          explanationDeadlineWorkingDays: explain,
          protectionAct: { windowWorkingDays: window },
        });
        if (!policy.ok) return false;
        const pinned = pinEnvironment(policy.value, defaultKzCorrections);
        const reordered = JSON.parse(canonicalJson(pinned)) as typeof pinned;
        const same = pinEnvironment(reordered.policy, reordered.calendar.corrections);
        const isDefault = explain === 2 && window === 5;
        return (
          same.version === pinned.version &&
          (pinned.version === DEFAULT_PINNED_ENVIRONMENT.version) === isDefault
        );
      }),
    );
    const edited = pinEnvironment(DEFAULT_POLICY, withTransfer('2031-01-04', '2031-01-03'));
    expect(edited.calendar.version).not.toBe(DEFAULT_PINNED_ENVIRONMENT.calendar.version);
    expect(edited.version).not.toBe(DEFAULT_PINNED_ENVIRONMENT.version);
  });

  it('names what is wrong: a policy under the law floor, bad calendar data, a version that does not match', () => {
    const low = {
      ...DEFAULT_PINNED_ENVIRONMENT,
      policy: { ...DEFAULT_POLICY, protectionAct: { ...DEFAULT_POLICY.protectionAct, windowWorkingDays: 2 } },
    };
    expect(pinnedEnvironmentProblems(low)).toEqual([
      expect.stringContaining('policy.protectionAct.windowWorkingDays'),
    ]);
    const badCalendar = {
      ...DEFAULT_PINNED_ENVIRONMENT,
      calendar: {
        ...DEFAULT_PINNED_ENVIRONMENT.calendar,
        corrections: {
          nonTransferableRules: [],
          years: { '2031': { status: 'derived', transfers: [{ from: '2030-01-01' }] } },
        },
      },
    };
    expect(pinnedEnvironmentProblems(badCalendar)).toEqual([expect.stringContaining('2031.transfers[0]')]);
    expect(pinnedEnvironmentProblems({ ...DEFAULT_PINNED_ENVIRONMENT, version: 'env-0' })).toEqual([
      expect.stringContaining(`version must be ${DEFAULT_PINNED_ENVIRONMENT.version}`),
    ]);
    expect(pinnedEnvironmentProblems(null)).toHaveLength(1);
  });

  it("an environment pinned under an older data format stays usable for its case (integrity, not today's format)", () => {
    // A calendar file from before years carried a status: valid then, refused for a new pin now.
    const older = {
      nonTransferableRules: defaultKzCorrections.nonTransferableRules,
      years: { '2025': { transfers: [{ from: '2025-01-05', to: '2025-01-03', source: 'order' }] } },
    } as unknown as CalendarCorrections;
    const pinned = pinEnvironment(DEFAULT_POLICY, older);
    expect(pinnedEnvironmentProblems(pinned)).toEqual([expect.stringContaining('2025.status')]);
    expect(pinnedEnvironmentIntegrityProblems(pinned)).toEqual([]);
    expect(pinnedEnvironmentIntegrityProblems({ ...pinned, version: 'env-0' })).toHaveLength(1);
    expect(
      pinnedEnvironmentIntegrityProblems({ ...pinned, calendar: { ...pinned.calendar, corrections: 7 } }),
    ).toHaveLength(1);
  });

  it('decisions use the pinned calendar: a decree day off moves the explanation deadline', () => {
    // Friday 2031-06-06 becomes a day off (worked on Saturday 2031-06-14 instead).
    const pinned = pinEnvironment(DEFAULT_POLICY, withTransfer('2031-06-14', '2031-06-06'));
    const env = decisionEnvironmentOf(pinned);
    const shipped = decisionEnvironmentOf(DEFAULT_PINNED_ENVIRONMENT);
    expect(isWorkingDay(env.calendar, '2031-06-06')).toBe(false);
    expect(isWorkingDay(shipped.calendar, '2031-06-06')).toBe(true);
    const report = decide(
      initialCaseState('c-1'),
      {
        type: 'ReportCase',
        source: 'report',
        parties: [{ personRef: 'x', roles: ['subject'] }],
        violations: [
          {
            id: 'v1',
            description: 'Late',
            misconductType: 'lateness',
            gravity: 'ordinary',
            committedOn: '2031-06-05',
            discoveredOn: '2031-06-05',
            subjectRefs: ['x'],
          },
        ],
      },
      '2031-06-05T05:00:00Z',
    );
    if (!report.ok) throw new Error(report.error.code);
    const reported = report.value.reduce(evolve, initialCaseState('c-1'));
    const dueOn = (e: typeof env) => {
      const d = decide(reported, { type: 'RequestExplanations' }, '2031-06-05T06:00:00Z', e);
      if (!d.ok) throw new Error(d.error.code);
      const requested = d.value.find((x) => x.type === 'ExplanationsRequested');
      return requested?.type === 'ExplanationsRequested' ? requested.dueOn : null;
    };
    expect(dueOn(shipped)).toBe('2031-06-09');
    expect(dueOn(env)).toBe('2031-06-10');
  });
  it('an environment pinned before a policy field existed stays usable and decides with its default', () => {
    const { consistencyBandSteps: _added, ...olderPolicy } = DEFAULT_POLICY;
    const older = pinEnvironment(
      olderPolicy as typeof DEFAULT_POLICY,
      DEFAULT_PINNED_ENVIRONMENT.calendar.corrections,
    );
    expect(pinnedEnvironmentIntegrityProblems(older)).toEqual([]);
    expect(decisionEnvironmentOf(older).policy.consistencyBandSteps).toBe(
      DEFAULT_POLICY.consistencyBandSteps,
    );
  });
});
