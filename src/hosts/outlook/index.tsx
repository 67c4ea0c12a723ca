/// <reference types="office-js" />
// outlook.html: office.js is loaded by a <script> tag before this bundle (it cannot be bundled); it may be missing.
import { pageEnv } from '../shared/browser-env';
import type { OfficeLike } from './office-like';
import { startOutlook } from './start-outlook';

// Typed as the real Office.js, so a drift between OfficeLike and @types/office-js fails the type check.
const office: OfficeLike | undefined = (window as { Office?: typeof Office }).Office;
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void startOutlook({ container, office, env: pageEnv(window) });
