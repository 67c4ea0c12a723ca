// index.html: the card in a plain page.
import { pageEnv } from '../shared/browser-env';
import { prepareCardStart } from '../shared/start-card';
import { startBrowser } from './start-browser';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const env = pageEnv(window);
prepareCardStart(env);
void startBrowser({ container, env, media: window });
