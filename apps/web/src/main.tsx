import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { CALLBACK_PATH, createUserManager } from './auth/user-manager';
import { loadConfig } from './config';

/** Start: read the settings, finish or start the sign-in, then render the app with the signed-in user. */
async function start() {
  const root = createRoot(document.getElementById('root')!);
  const config = await loadConfig();
  const manager = createUserManager(config);
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await manager.signinRedirectCallback();
    const back = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
    window.history.replaceState(null, '', back);
  }
  let user = await manager.getUser();
  if (user?.expired) user = await manager.signinSilent().catch(() => null);
  if (!user) {
    await manager.signinRedirect({ state: window.location.pathname + window.location.search });
    return;
  }
  root.render(<App config={config} manager={manager} initialUser={user} />);
}

start().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById('root')!;
  // Before the messages load: one line in the three languages, no raw error.
  root.textContent = 'Кіру мүмкін болмады · Не удалось войти · Sign-in did not work. ';
  const retry = document.createElement('a');
  retry.href = '/';
  retry.textContent = '↻';
  root.append(retry);
});
