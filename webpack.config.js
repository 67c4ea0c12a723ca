// The web build (issue #5): one entry per host page plus the MSAL redirect bridge, output to dist/web/, which the
// sandbox serves (`npm start`). Production splits code so the first screen waits only for what it shows: MSAL (and,
// as the card grows, DASH, Graph and the PDF renderer) load on demand through dynamic import().
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { Compilation, sources } = require('webpack');

const ROOT = __dirname;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpsUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an https:// address, not "${value}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`${name} must be an https:// address, not "${value}".`);
  return value;
}

/**
 * app-config.json from the environment (src/auth/auth-config.schema.ts is the contract the page checks again):
 * REFERRAL_CARD_AUTH_MODE (sandbox | msal, default sandbox), REFERRAL_CARD_CLIENT_ID and REFERRAL_CARD_AUTHORITY
 * (msal), REFERRAL_CARD_GRAPH_BASE_URL (default /graph/v1.0 for the sandbox, https://graph.microsoft.com/v1.0 for msal).
 */
function appConfigFromEnv(env = process.env) {
  const mode = env.REFERRAL_CARD_AUTH_MODE || 'sandbox';
  const graphBaseUrl = env.REFERRAL_CARD_GRAPH_BASE_URL;
  const graph = (fallback) => {
    const baseUrl = graphBaseUrl || fallback;
    if (!baseUrl.startsWith('/') || baseUrl.startsWith('//')) httpsUrl('REFERRAL_CARD_GRAPH_BASE_URL', baseUrl);
    return { baseUrl };
  };
  if (mode === 'sandbox') return { auth: { mode }, graph: graph('/graph/v1.0') };
  if (mode === 'msal') {
    const clientId = env.REFERRAL_CARD_CLIENT_ID;
    const authority = env.REFERRAL_CARD_AUTHORITY;
    const missing = [!clientId && 'REFERRAL_CARD_CLIENT_ID', !authority && 'REFERRAL_CARD_AUTHORITY'].filter(Boolean);
    if (missing.length > 0) throw new Error(`REFERRAL_CARD_AUTH_MODE=msal needs ${missing.join(' and ')}.`);
    if (!GUID.test(clientId))
      throw new Error('REFERRAL_CARD_CLIENT_ID must be the Entra application (client) id, a GUID.');
    httpsUrl('REFERRAL_CARD_AUTHORITY', authority);
    return { auth: { mode, clientId, authority }, graph: graph('https://graph.microsoft.com/v1.0') };
  }
  throw new Error(`REFERRAL_CARD_AUTH_MODE must be "sandbox" or "msal", not "${mode}".`);
}

/** Emits app-config.json and the ribbon icons next to the pages. */
class EmitStaticAssetsPlugin {
  constructor(appConfig) {
    this.appConfig = appConfig;
  }

  apply(compiler) {
    const name = 'EmitStaticAssetsPlugin';
    const iconDir = path.join(ROOT, 'manifest', 'icons');
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('app-config.json', new sources.RawSource(`${JSON.stringify(this.appConfig, null, 2)}\n`));
        for (const file of readdirSync(iconDir).filter((f) => f.endsWith('.png'))) {
          compilation.emitAsset(`assets/${file}`, new sources.RawSource(readFileSync(path.join(iconDir, file))));
          compilation.fileDependencies.add(path.join(iconDir, file));
        }
      });
    });
  }
}

// The pages that show the card (the sign-in helpers, auth-bridge and outlook-auth-dialog, have their own bundles).
const CARD_PAGES = new Set(['browser', 'outlook', 'teams']);

const page = (chunk, filename, template) =>
  new HtmlWebpackPlugin({
    filename,
    template: path.join(ROOT, template),
    chunks: [chunk],
    inject: 'head',
    scriptLoading: 'defer',
  });

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: {
      browser: './src/hosts/browser/index.tsx',
      outlook: './src/hosts/outlook/index.tsx',
      teams: './src/hosts/teams/index.tsx',
      // MSAL v5's redirect bridge: a page of its own, served no-store and without COOP (m365-platform.md §2).
      'auth-bridge': './src/auth/redirect-bridge.ts',
      // Sign-in in an Office dialog, for Outlook clients without nested app auth (m365-platform.md §2).
      'outlook-auth-dialog': './src/hosts/outlook/auth-dialog/index.ts',
    },
    output: {
      path: path.join(ROOT, 'dist', 'web'),
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:10].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:10][ext]',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          include: path.join(ROOT, 'src'),
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                target: 'es2020',
                transform: { react: { runtime: 'automatic', development: !production } },
              },
            },
          },
        },
        // Every style (Fluent's and ours) goes into one CSS file at build time: the page inserts no CSS rules as it
        // starts (issue #5). Runs after the build-time transform below (post loaders run in reverse order).
        {
          test: /\.[cm]?[jt]sx?$/,
          include: [path.join(ROOT, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          enforce: 'post',
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // Our makeStyles calls are computed at build time (Griffel's AOT transform, as Fluent's own components ship):
        // the first screen does not resolve and hash style objects at run time (issue #5). It runs after swc, on JS.
        {
          test: /\.[cm]?tsx?$/,
          include: path.join(ROOT, 'src'),
          enforce: 'post',
          // The transform evaluates the style modules a makeStyles call imports, from their TypeScript source.
          use: {
            loader: '@griffel/webpack-loader',
            options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
          },
        },
        // Our own modules run no code on import beyond defining things, so unused re-exports (e.g. the domain
        // index's working-day calendar and its holiday data) can be dropped from the pages.
        {
          test: /\.[cm]?tsx?$/,
          include: path.join(ROOT, 'src'),
          exclude: /[\\/]index\.tsx$|redirect-bridge\.ts$/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      page('browser', 'index.html', 'src/hosts/browser/index.html'),
      page('outlook', 'outlook.html', 'src/hosts/outlook/outlook.html'),
      page('teams', 'teams.html', 'src/hosts/teams/teams.html'),
      page('auth-bridge', 'auth-bridge.html', 'src/auth/auth-bridge.html'),
      page('outlook-auth-dialog', 'outlook-auth-dialog.html', 'src/hosts/outlook/auth-dialog/outlook-auth-dialog.html'),
      new EmitStaticAssetsPlugin(appConfigFromEnv()),
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:10].css' : '[name].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
    ],
    optimization: {
      // Two script files and one stylesheet before the first screen: each request costs a round trip a cold task pane
      // waits for (issue #5). The runtime and the page's own code share the entry file; everything from node_modules
      // the first screen needs is one long-lived vendor file, so a change to the card does not re-download React or
      // Fluent.
      runtimeChunk: false,
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          vendor: {
            // React, Fluent and their helpers, which every card page's first screen needs (Teams' SDK stays in teams.js).
            test: /^(?!.*[\\/]node_modules[\\/](@microsoft[\\/]teams-js|@azure)[\\/]).*[\\/]node_modules[\\/]/,
            name: 'vendor',
            type: /^javascript/, // CSS goes to Griffel's one sorted stylesheet
            chunks: (chunk) => CARD_PAGES.has(chunk.name),
            priority: 30,
          },
          msal: {
            test: /[\\/]node_modules[\\/]@azure[\\/]/,
            name: 'msal',
            type: /^javascript/,
            chunks: 'async',
            priority: 20,
          },
          // Code shared by the pages stays in each page's file (a pane loads one page); lazy chunks still share.
          default: { chunks: 'async', minChunks: 2, priority: -20, reuseExistingChunk: true },
        },
      },
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { hints: false }, // budgets are measured by `npm run bench`, on the first screen only
    stats: production ? 'normal' : 'minimal',
  };
};

module.exports.appConfigFromEnv = appConfigFromEnv;
