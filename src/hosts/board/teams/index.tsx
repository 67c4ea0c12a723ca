// board-teams.html: the triage board as a Teams channel tab or personal tab.
import { pageEnv } from '../../shared/browser-env';
import { startTeamsBoard } from '../teams-board';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void startTeamsBoard({ container, env: pageEnv(window) });
