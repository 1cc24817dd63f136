// Preload (NODE_OPTIONS="--require .../cpu-profile.cjs"; Node refuses --cpu-prof there): CPU-profiles the app
// started as `dist/main.js` in apps/$QORGAU_PROFILE_APP (default cases-service) and writes
// $QORGAU_PROFILE_DIR/<app>-<pid>.cpuprofile (default the system temp folder) when it is stopped.
const { join } = require('node:path');
const app = process.env.QORGAU_PROFILE_APP ?? 'cases-service';
if (process.cwd().endsWith(join('apps', app)) && process.argv.some((a) => a.endsWith('main.js'))) {
  const inspector = require('node:inspector');
  const { writeFileSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  let written = false;
  // Synchronous (an in-process session answers at once): Nest re-raises SIGTERM after its hooks.
  const write = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const dir = process.env.QORGAU_PROFILE_DIR ?? tmpdir();
      writeFileSync(join(dir, `${app}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.prependListener('SIGTERM', write);
  process.on('exit', write);
}
