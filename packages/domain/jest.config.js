// Coverage of the domain core is enforced: every legal and fairness rule lives here once.
module.exports = require('../../jest.preset').jestConfig(__dirname, {
  coverageThreshold: { global: { lines: 95, branches: 95, functions: 95, statements: 95 } },
  collectCoverageFrom: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/index.ts',
    '!src/**/test-support/**',
    // Type-only modules: no runtime code, so nothing to cover.
    '!src/lifecycle/commands.ts',
    '!src/lifecycle/events.ts',
    '!src/clocks/clock.ts',
    '!src/calendar/day-info.ts',
  ],
});
