// The web build: one entry per host page plus the MSAL redirect bridge, output to dist/web/, which the sandbox serves
// (`npm start`). Production splits code so the first screen waits only for what it shows: MSAL (and, as the card
// grows, DASH, Graph and the PDF renderer) load on demand through dynamic import().
'use strict';
const { readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { Compilation, sources } = require('webpack');

const ROOT = __dirname;

/** Loads a TypeScript module of ours (and the relative modules it imports) through swc, for the config schema. */
function requireTypeScript(file, loaded = new Map()) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const { transformFileSync } = require('@swc/core');
  const options = { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } };
  const { code } = transformFileSync(file, { ...options, swcrc: false, configFile: false });
  const mod = { exports: {} };
  loaded.set(file, mod);
  const localRequire = (id) =>
    id.startsWith('.') ? requireTypeScript(path.resolve(path.dirname(file), `${id}.ts`), loaded) : require(id);
  new Function('exports', 'require', 'module', code)(mod.exports, localRequire, mod);
  return mod.exports;
}

// The same zod schema validates the environment for the pages and for the app package (referral-card package).
const configEnv = requireTypeScript(path.join(ROOT, 'src', 'auth', 'auth-config-env.ts'));

/**
 * app-config.json from the environment. REFERRAL_CARD_ENV=<name> reads env/.env.<name> (the file alone, as the app
 * package does); otherwise the REFERRAL_CARD_* variables are read, and with none set the build is for the sandbox.
 */
function appConfigFromEnv(env = process.env, root = ROOT) {
  const name = env.REFERRAL_CARD_ENV;
  if (!name) return configEnv.appConfigOf(configEnv.parsePagesEnv(withSandboxBindings(env, root)));
  const others = Object.keys(configEnv.referralCardValues(env)).filter((key) => key !== 'REFERRAL_CARD_ENV');
  if (others.length > 0)
    throw new Error(`REFERRAL_CARD_ENV names env/.env.${name}, so ${others.join(', ')} must not be set as well.`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`REFERRAL_CARD_ENV must be a name such as "example".`);
  const file = `env/.env.${name}`;
  let text;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    throw new Error(`REFERRAL_CARD_ENV=${name}, but ${file} cannot be read.`);
  }
  return configEnv.appConfigOf(configEnv.parseDeploymentEnv(configEnv.parseEnvText(text, file), file));
}

/**
 * A sandbox build (`npm start`) lists the sandbox's referral mailboxes on the triage board: their bindings come from
 * env/.env.sandbox unless REFERRAL_CARD_SERVICE_BINDINGS is set. A tenant build never reads that file.
 */
function withSandboxBindings(env, root) {
  const mode = env.REFERRAL_CARD_AUTH_MODE || 'sandbox';
  if (mode !== 'sandbox' || env.REFERRAL_CARD_SERVICE_BINDINGS) return env;
  let text;
  try {
    text = readFileSync(path.join(root, 'env', '.env.sandbox'), 'utf8');
  } catch {
    return env;
  }
  const bindings = configEnv.parseEnvText(text, 'env/.env.sandbox').REFERRAL_CARD_SERVICE_BINDINGS;
  return bindings ? { ...env, REFERRAL_CARD_SERVICE_BINDINGS: bindings } : env;
}

/** Emits app-config.json next to the pages, and under assets/ every icon the manifests name. */
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

/** The swc rule for our TypeScript, shared by the pages and the build-time first screen. */
const swcRule = (production) => ({
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
});

// Our makeStyles calls are computed at build time (Griffel's AOT transform, as Fluent's own components ship): the
// first screen does not resolve and hash style objects at run time. It runs after swc, on JS; the transform evaluates
// the style modules a makeStyles call imports, from their TypeScript source.
const griffelAotRule = {
  test: /\.[cm]?tsx?$/,
  include: path.join(ROOT, 'src'),
  enforce: 'post',
  use: { loader: '@griffel/webpack-loader', options: { babelOptions: { presets: ['@babel/preset-typescript'] } } },
};

/**
 * Renders outlook.html's first screen at build time (src/hosts/outlook/first-screen.tsx): the card's first fields as
 * HTML, which the pane shows and takes typing in before any script has run. A compilation of its own for Node, its
 * output kept out of dist/web; its class names are the page's (Griffel hashes the same styles the same way).
 */
class FirstScreenPlugin {
  constructor(production, out) {
    this.production = production;
    this.out = out;
  }

  apply(compiler) {
    const name = 'FirstScreenPlugin';
    const build = (_compiler, done) => this.render().then(() => done(), done);
    compiler.hooks.beforeRun.tapAsync(name, build);
    compiler.hooks.watchRun.tapAsync(name, build);
  }

  render() {
    const webpack = require('webpack');
    const outDir = path.join(ROOT, 'node_modules', '.cache', 'first-screen');
    const config = {
      mode: this.production ? 'production' : 'development',
      target: 'node',
      context: ROOT,
      entry: { 'first-screen': './src/hosts/outlook/first-screen.tsx' },
      output: { path: outDir, filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
      resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
      // Packages are required from node_modules as they are; only our own code is bundled.
      externals: [
        ({ request }, callback) => callback(null, /^[^./]/.test(request) ? `commonjs ${request}` : undefined),
      ],
      // No AOT transform: makeStyles run in Node make the same class names, in a fifth of the build time.
      module: { rules: [swcRule(this.production)] },
      optimization: { minimize: false, splitChunks: false },
      devtool: false,
      stats: 'errors-only',
    };
    return new Promise((resolve, reject) => {
      webpack(config, (error, stats) => {
        if (error || stats.hasErrors()) return reject(error ?? new Error(stats.toString('errors-only')));
        const file = path.join(outDir, 'first-screen.js');
        delete require.cache[require.resolve(file)];
        this.out.html = require(file).renderFirstScreen();
        resolve();
      });
    });
  }
}

/**
 * What outlook.html's first screen, built with the page, waits for before it is drawn: nothing it does not show.
 * - Styles: the rules its markup uses are inlined in the head (scripts/critical-css.js). The whole stylesheet is
 *   preloaded (fetched, not applied) and applied once the first frame is drawn, so neither its download nor its parse
 *   comes before the first paint. Its rules come after the inlined ones in the same order, so the first screen looks
 *   the same before and after it applies; once it has, the inlined copy is removed, so no rule is matched twice.
 * - Scripts: run as deferred scripts, the bundle's parse and start-up would hold the first paint back until they
 *   finish. They are preloaded from the start and start in order once the whole stylesheet is in, so the card never
 *   renders a style that has not arrived.
 * A loader at the end of the body does both after the first frame (or 1 s at the latest, should the page get none).
 */
class FirstPaintPlugin {
  constructor(pages, firstScreen) {
    this.pages = pages;
    this.firstScreen = firstScreen;
  }

  apply(compiler) {
    const name = 'FirstPaintPlugin';
    compiler.hooks.compilation.tap(name, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(name, (data) => {
        if (!this.pages.has(data.outputName)) return data;
        const tag = (tagName, attributes, innerHTML) => ({
          tagName,
          voidTag: innerHTML === undefined,
          attributes,
          innerHTML,
          meta: { plugin: name },
        });
        const scripts = data.headTags.filter((t) => t.tagName === 'script' && t.attributes.src);
        const styles = data.headTags.filter((t) => t.tagName === 'link' && t.attributes.rel === 'stylesheet');
        const srcs = scripts.map((t) => t.attributes.src);
        const hrefs = styles.map((t) => t.attributes.href);
        data.headTags = [
          ...data.headTags
            .filter((t) => !scripts.includes(t))
            .map((t) =>
              styles.includes(t) ? tag('style', { [CRITICAL]: '' }, this.critical(compilation, t.attributes.href)) : t,
            ),
          ...hrefs.map((href) => tag('link', { rel: 'preload', as: 'style', href })),
          ...srcs.map((href) => tag('link', { rel: 'preload', as: 'script', href })),
        ];
        data.bodyTags = [...data.bodyTags, tag('script', {}, loaderScript(hrefs, srcs, CRITICAL))];
        return data;
      });
    });
  }

  /** The rules of the stylesheet at `href` that the first screen's markup can use. */
  critical(compilation, href) {
    const asset = compilation.getAsset(href.replace(/^\.\//, '').split(/[?#]/)[0]);
    if (!asset) throw new Error(`FirstPaintPlugin: no stylesheet ${href} in the build.`);
    const { criticalCss } = require('./scripts/critical-css');
    const css = criticalCss(asset.source.source().toString(), this.firstScreen.html);
    if (/<\/style/i.test(css)) throw new Error('FirstPaintPlugin: the critical CSS would close its <style> tag.');
    return css;
  }
}

// Marks the <style> of the rules inlined for the first screen.
const CRITICAL = 'data-first-screen-styles';

/**
 * After the first frame (or 1 s at the latest): applies the page's stylesheets, then, once they have loaded (or
 * failed to), starts its scripts in order. When all have loaded, the inlined rules they repeat are removed.
 */
const loaderScript = (hrefs, srcs, critical) => `(function (hrefs, srcs) {
  var begun = false;
  function start() {
    srcs.forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.async = false;
      document.head.appendChild(s);
    });
  }
  function begin() {
    if (begun) return;
    begun = true;
    var waiting = hrefs.length;
    var failed = false;
    if (waiting === 0) return start();
    hrefs.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = function (event) {
        failed = failed || event.type === 'error';
        waiting -= 1;
        if (waiting > 0) return;
        var inlined = document.querySelector('style[${critical}]');
        if (inlined && !failed) inlined.parentNode.removeChild(inlined);
        start();
      };
      document.head.appendChild(link);
    });
  }
  requestAnimationFrame(function () { setTimeout(begin, 0); });
  setTimeout(begin, 1000);
})(${JSON.stringify(hrefs)}, ${JSON.stringify(srcs)});`;

// The pages that show the card (the sign-in helpers, auth-bridge and outlook-auth-dialog, have their own bundles).
const CARD_PAGES = new Set(['browser', 'outlook', 'teams']);

// Every page is one skeleton (src/hosts/page.html) filled with its title, what its head adds, and its body.
const PAGE_TEMPLATE = path.join(ROOT, 'src', 'hosts', 'page.html');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// outlook.html's first screen, as FirstScreenPlugin last rendered it.
const FIRST_SCREEN = { html: '' };

const page = (chunk, filename, { title, head = [], body }) =>
  new HtmlWebpackPlugin({
    filename,
    template: PAGE_TEMPLATE,
    // A function, so a body that is rendered at build time is read when the page is made.
    templateParameters: () => ({
      title,
      head: head.join('\n    '),
      body: (typeof body === 'function' ? body() : body).join('\n    '),
    }),
    chunks: [chunk],
    inject: 'head',
    scriptLoading: 'defer',
  });

/**
 * A page that shows the card: it starts with a line of text until the card's first screen replaces it, or (Outlook)
 * with that first screen itself, rendered at build time.
 */
const cardPage = (title, { preload = [], firstScreen } = {}) => ({
  title,
  head: [
    '<link rel="icon" type="image/png" href="assets/icon-32.png" />',
    '<style>html, body { margin: 0; }</style>',
    ...preload,
    // Without JavaScript the first screen's fields would take typing that goes nowhere: only the message shows.
    ...(firstScreen ? ['<noscript><style>[data-first-screen] { display: none; }</style></noscript>'] : []),
    // The card needs its configuration before its first screen: fetched alongside the bundle.
    '<link rel="preload" href="app-config.json" as="fetch" crossorigin="anonymous" />',
  ],
  body: () => [
    `<div id="root">${firstScreen?.html || '<p>Starting Referral Card…</p>'}</div>`,
    '<noscript>Referral Card needs JavaScript. Turn it on, or ask your IT team.</noscript>',
  ],
});

const PAGES = {
  'index.html': ['browser', cardPage('Referral Card')],
  // Office.js is added by the bundle, async, so a script that hangs cannot blank the pane. The preload fetches it
  // alongside the bundle rather than after it has run; it runs nothing.
  'outlook.html': [
    'outlook',
    cardPage('Referral Card – Outlook', {
      preload: [`<link rel="preload" href="${OFFICE_JS}" as="script" />`],
      firstScreen: FIRST_SCREEN,
    }),
  ],
  'teams.html': ['teams', cardPage('Referral Card – Teams')],
  // The triage board: a plain page, the Teams channel and personal tab, and the channel tab's configuration page.
  'board.html': ['board', cardPage('Referrals board – Referral Card')],
  'board-teams.html': ['board-teams', cardPage('Referrals board – Teams')],
  'board-config.html': ['board-config', cardPage('Set up the referrals board – Teams')],
  'auth-bridge.html': [
    'auth-bridge',
    {
      title: 'Signing in – Referral Card',
      body: ['<main><p id="bridge-status" role="status">Finishing sign-in…</p></main>'],
    },
  ],
  'outlook-auth-dialog.html': [
    'outlook-auth-dialog',
    {
      title: 'Referral Card – sign in',
      head: [
        "<style>html, body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; } main { padding: 1rem; }</style>",
        // The dialog talks to its pane through Office.js; if Office.js is missing the pane hears nothing and says so.
        `<script src="${OFFICE_JS}"></script>`,
      ],
      body: [
        '<main>',
        '  <h1>Signing in to Referral Card</h1>',
        '  <p id="dialog-status" role="status">Connecting to Microsoft…</p>',
        '</main>',
      ],
    },
  ],
};

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: {
      browser: './src/hosts/browser/index.tsx',
      outlook: './src/hosts/outlook/index.tsx',
      teams: './src/hosts/teams/index.tsx',
      board: './src/hosts/board/index.tsx',
      'board-teams': './src/hosts/board/teams/index.tsx',
      'board-config': './src/hosts/board/config/index.tsx',
      // MSAL v5's redirect bridge: a page of its own, served no-store and without COOP.
      'auth-bridge': './src/auth/redirect-bridge.ts',
      // Sign-in in an Office dialog, for Outlook clients without nested app auth.
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
        swcRule(production),
        // Every style (Fluent's and ours) goes into one CSS file at build time: the page inserts no CSS rules as it
        // starts. Runs after the build-time transform below (post loaders run in reverse order).
        {
          test: /\.[cm]?[jt]sx?$/,
          include: [path.join(ROOT, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          enforce: 'post',
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        griffelAotRule,
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
      ...Object.entries(PAGES).map(([filename, [chunk, content]]) => page(chunk, filename, content)),
      new EmitStaticAssetsPlugin(appConfigFromEnv()),
      new FirstScreenPlugin(production, FIRST_SCREEN),
      new FirstPaintPlugin(new Set(['outlook.html']), FIRST_SCREEN),
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:10].css' : '[name].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
    ],
    optimization: {
      // Two script files and one stylesheet before the first screen: each request costs a round trip a cold task pane
      // waits for. The runtime and the page's own code share the entry file; everything from node_modules
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
          // The libraries of the PDF renderer's Web Worker (src/ui/features/filing/pdf.worker.ts, named there), in a chunk
          // with a name, so `npm run bench` can leave the renderer out of the lazy-chunk budget.
          pdfRenderer: {
            test: /[\\/]node_modules[\\/]/,
            name: 'pdf-renderer',
            type: /^javascript/,
            chunks: (chunk) => chunk.name === 'referral-pdf',
            priority: 25,
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
