// index.html: the card in a plain page.
import { pageEnv } from '../shared/browser-env';
import { startBrowser } from './start-browser';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void startBrowser({ container, env: pageEnv(window), media: window });
