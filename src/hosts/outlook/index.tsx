/// <reference types="office-js" />
// outlook.html: this bundle adds office.js itself (async; it cannot be bundled) and copes when it fails or hangs.
import { pageEnv } from '../shared/browser-env';
import { prepareCardStart } from '../shared/start-card';
import type { OfficeLike } from './office-like';
import { loadOfficeJs } from './office-script';
import { startOutlook } from './start-outlook';

// Typed as the real Office.js, so a drift between OfficeLike and @types/office-js fails the type check.
const office: Promise<OfficeLike | undefined> = loadOfficeJs(window as { Office?: typeof Office; document: Document });
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const env = pageEnv(window);
prepareCardStart(env); // app-config.json and the sign-in code load while office.js does
void startOutlook({ container, office, env });
