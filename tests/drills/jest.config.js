// The drill starts its own crash-safe infrastructure (startSystem({ crashSafe: true })): it must be able to
// SIGKILL Postgres, Kafka and Temporal, so the shared stack of devstack's globalSetup is neither needed nor used.
const config = require('../../jest.preset').jestConfig(__dirname);
for (const project of config.projects) {
  delete project.globalSetup;
  delete project.globalTeardown;
}
module.exports = config;
