#!/usr/bin/env node
'use strict';
// `npm start`: the sandbox (which serves the pages) and the triage bot, as two child processes. The bot is
// configured for the sandbox the way it would be for a tenant, by REFERRAL_CARD_* settings: the sandbox's Graph,
// Bot Connector, token endpoint and signing authority, and the service bindings of env/.env.sandbox. The bot
// trusts the sandbox's self-signed certificate through NODE_EXTRA_CA_CERTS. Ctrl+C stops both.
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const PORT = Number(process.env.PORT || 3000);
const ORIGIN = `https://localhost:${PORT}`;
const BOT_PORT = Number(process.env.REFERRAL_CARD_BOT_PORT || 3978);

/** NAME=value lines of an env file (the bot takes only its own settings from it). */
function envFile(file) {
  const values = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)$/.exec(line);
    if (m) values[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/** GET on the sandbox before its certificate is trusted: loopback only, and only its public certificate and ids. */
function get(url) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
  });
}

async function waitFor(url, child) {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error('The sandbox stopped before it was ready.');
    try {
      return await get(url);
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`The sandbox did not answer at ${url}.`);
}

async function main() {
  const children = [];
  const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  const sandbox = spawn(process.execPath, [path.join(ROOT, 'dist/node/sandbox/main.js'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SANDBOX_BOT_ENDPOINT: `http://127.0.0.1:${BOT_PORT}/api/messages` },
  });
  children.push(sandbox);
  sandbox.on('exit', (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });

  const who = JSON.parse(await waitFor(`${ORIGIN}/sandbox/personas`, sandbox));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'referral-card-'));
  const ca = path.join(tmp, 'sandbox-ca.pem');
  writeFileSync(ca, await get(`${ORIGIN}/sandbox/certificate.pem`));
  process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));

  const fileEnv = envFile(path.join(ROOT, 'env/.env.sandbox'));
  const bot = spawn(process.execPath, [path.join(ROOT, 'dist/node/bot/main.js')], {
    stdio: 'inherit',
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_EXTRA_CA_CERTS: ca,
      REFERRAL_CARD_BOT_ID: who.bot.appId,
      REFERRAL_CARD_TENANT_ID: who.tenantId,
      REFERRAL_CARD_SERVICE_BINDINGS: fileEnv.REFERRAL_CARD_SERVICE_BINDINGS,
      REFERRAL_CARD_BOT_GRAPH_URL: `${ORIGIN}/graph/`,
      REFERRAL_CARD_BOT_SERVICE_URL: `${ORIGIN}/botframework/`,
      REFERRAL_CARD_BOT_BOARD_URL: `${ORIGIN}/board.html?referral={referral}&mailbox={mailbox}`,
      REFERRAL_CARD_BOT_TOKENS: 'token-endpoint',
      REFERRAL_CARD_BOT_TOKEN_URL: `${ORIGIN}/sandbox/token`,
      REFERRAL_CARD_BOT_INBOUND: 'jwt',
      REFERRAL_CARD_BOT_AUTHORITY: `${ORIGIN}/sandbox/login/${who.tenantId}`,
      REFERRAL_CARD_BOT_STORE: 'file',
      REFERRAL_CARD_BOT_STORE_DIR: '.sandbox/bot-state',
      REFERRAL_CARD_BOT_PORT: String(BOT_PORT),
      REFERRAL_CARD_BOT_POLL_SECONDS: process.env.REFERRAL_CARD_BOT_POLL_SECONDS || '5',
    },
  });
  children.push(bot);
  bot.on('exit', (code) => {
    if (code) console.error(`The triage bot stopped (exit code ${code}); the sandbox keeps running.`);
  });
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
