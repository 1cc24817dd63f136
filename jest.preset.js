// Shared jest configuration: every package gets two projects.
//   unit:        *.test.ts      pure, no infrastructure, fast
//   integration: *.int.test.ts  real Postgres / Kafka / Temporal from @qorgau/devstack's globalSetup
const path = require('node:path');

const devstackJest = path.join(__dirname, 'packages', 'devstack', 'dist', 'jest');

const transform = {
  '^.+\\.(t|j)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const common = (dir) => ({
  rootDir: dir,
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
});

/** @returns {import('jest').Config} */
function jestConfig(dir, { coverageThreshold, collectCoverageFrom } = {}) {
  return {
    rootDir: dir,
    coverageProvider: 'v8',
    collectCoverageFrom: collectCoverageFrom ?? ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/index.ts'],
    coverageReporters: ['text-summary', 'lcov'],
    reporters: ['default', path.join(devstackJest, 'summary-reporter.js')],
    ...(coverageThreshold ? { coverageThreshold } : {}),
    projects: [
      {
        ...common(dir),
        displayName: 'unit',
        testMatch: ['<rootDir>/**/*.test.ts'],
        testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.int\\.test\\.ts$'],
      },
      {
        ...common(dir),
        displayName: 'integration',
        testMatch: ['<rootDir>/**/*.int.test.ts'],
        globalSetup: path.join(devstackJest, 'global-setup.js'),
        globalTeardown: path.join(devstackJest, 'global-teardown.js'),
        setupFilesAfterEnv: [path.join(devstackJest, 'integration-timeout.js')],
      },
    ],
  };
}

module.exports = { jestConfig, transform };
