// teams.html: the personal tab.
import { pageEnv } from '../shared/browser-env';
import { prepareCardStart } from '../shared/start-card';
import { startTeams } from './start-teams';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const env = pageEnv(window);
prepareCardStart(env); // app-config.json and the sign-in code load while Teams initialises
void startTeams({ container, env });
