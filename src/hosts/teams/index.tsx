// teams.html: the personal tab.
import { pageEnv } from '../shared/browser-env';
import { startTeams } from './start-teams';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void startTeams({ container, env: pageEnv(window) });
