// The App shell: hosts render <App /> inside <HostProvider>.
export { App } from './app';
export type { AppProps } from './app';
export { themeFor } from './theme';
