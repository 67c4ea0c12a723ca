'use strict';
// Debian's Chromium for the browser benches, driven by playwright-core with the flags the project's guide gives (no
// bundled browser download: `apt-get install chromium`, or CHROMIUM_PATH).
const { chromium } = require('playwright-core');

// The same flags as the browser tests.
const CHROMIUM_ARGS = require('../../tests/e2e/support/chromium-args.json');

const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Starts Chromium with the flags above and any `extra`; says in words where it looked when it does not start. */
async function launchChromium(extra = []) {
  try {
    return await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extra] });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `Chromium did not start from ${chromiumPath()} (set CHROMIUM_PATH, or apt-get install chromium): ${reason}`,
    );
  }
}

module.exports = { chromiumPath, launchChromium };
