// Preload (NODE_OPTIONS="--require .../cpu-profile.cjs"; Node refuses --cpu-prof there): CPU-profiles the app
// started as `dist/main.js` in apps/$QORGAU_PROFILE_APP (default cases-service), in its main thread and in each
// worker thread (Node runs preloads there too: the workflow-worker's workflows run in one), and writes
// $QORGAU_PROFILE_DIR/<app>-<pid>[-thread<id>].cpuprofile (default the system temp folder) when it is stopped, after
// $QORGAU_PROFILE_SECONDS, or once a file named STOP appears in that folder (a worker thread hears no SIGTERM and
// is terminated without an exit event: use one of the last two to profile it).
const { join } = require('node:path');
const { isMainThread, threadId } = require('node:worker_threads');
const app = process.env.QORGAU_PROFILE_APP ?? 'cases-service';
// A worker thread's argv names no script: it knows its app by the variable its main thread set (threads copy env).
const isApp = isMainThread
  ? process.cwd().endsWith(join('apps', app)) && process.argv.some((a) => a.endsWith('main.js'))
  : process.env.QORGAU_PROFILING === app;
if (isApp) {
  process.env.QORGAU_PROFILING = app;
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
      const name = isMainThread ? `${app}-${process.pid}` : `${app}-${process.pid}-thread${threadId}`;
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  const seconds = Number(process.env.QORGAU_PROFILE_SECONDS ?? 0);
  if (seconds > 0) setTimeout(write, seconds * 1000).unref();
  const stop = join(process.env.QORGAU_PROFILE_DIR ?? tmpdir(), 'STOP');
  const watch = setInterval(() => {
    if (!require('node:fs').existsSync(stop)) return;
    clearInterval(watch);
    write();
  }, 1000);
  watch.unref();
  if (isMainThread) process.prependListener('SIGTERM', write);
  process.on('exit', write);
}
