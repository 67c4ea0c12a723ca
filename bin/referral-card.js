#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build:node` (run on install by `prepare`).
const { main } = require('../dist/node/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
