// Test support (not a test): stands in for src/ui/app's App in host tests and shows what the host handed it.
import { useEffect, useState } from 'react';
import { useHostInput } from '../../../src/ui/host-context';

export function App() {
  const host = useHostInput();
  const [liveTheme, setLiveTheme] = useState(host.theme);
  const [user, setUser] = useState('…');
  const [setting, setSetting] = useState('…');
  useEffect(() => host.onThemeChange?.(setLiveTheme), [host]);
  useEffect(() => {
    void host.tokenSource.user().then((u) => setUser(u ? `${u.name} <${u.email}>` : 'nobody'));
  }, [host.tokenSource]);
  useEffect(() => {
    void host.userSettings?.read('probe').then((v) => setSetting(v === undefined ? 'nothing' : String(v)));
  }, [host.userSettings]);
  return (
    <main>
      <h1>Probe card</h1>
      <dl>
        <dt>host</dt>
        <dd data-testid="host">{host.host}</dd>
        <dt>theme in context</dt>
        <dd data-testid="theme">{host.theme}</dd>
        <dt>theme from onThemeChange</dt>
        <dd data-testid="live-theme">{liveTheme}</dd>
        <dt>user</dt>
        <dd data-testid="user">{user}</dd>
        <dt>the user's setting "probe"</dt>
        <dd data-testid="setting">{setting}</dd>
        <dt>email</dt>
        <dd data-testid="subject">{host.currentItem ? host.currentItem.subject : '(no email)'}</dd>
      </dl>
    </main>
  );
}
