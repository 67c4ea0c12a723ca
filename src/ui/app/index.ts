// The App shell: hosts render <App /> inside <HostProvider>.
export { App } from './App';
export type { AppProps } from './App';
export { themeFor } from './theme';
