// board-config.html: the channel tab's configuration page (which referral mailbox the tab shows).
import { pageEnv } from '../../shared/browser-env';
import { startBoardConfig } from '../teams-board-config';

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void startBoardConfig({ container, env: pageEnv(window) });
