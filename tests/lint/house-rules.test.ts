// Each house rule refuses a forbidden import (or file) and lets the allowed one through, linted with eslint.config.mjs.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { importing, lintVirtualFiles, REPO_ROOT, resolvesToRealFile } from './lint-virtual';
import type { LintMessage, VirtualFile } from './lint-virtual';

type RuleCase = {
  readonly rule: string;
  readonly ruleId: string;
  /** Words of the refusal, so the rule meant (not another that happens to apply) is the one refusing. */
  readonly says: string;
  readonly refused: readonly VirtualFile[];
  readonly allowed: readonly VirtualFile[];
};

const ZONES = 'import/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';

/** Two features, one with a public face (index.ts), and one of its inner files. */
function featurePair(): { importer: string; feature: string; inner: string } {
  const dir = path.join(REPO_ROOT, 'src/ui/features');
  const features = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const files = (name: string) => readdirSync(path.join(dir, name));
  const feature = features.find((entry) => files(entry.name).includes('index.ts'))?.name;
  const importer = features.find((entry) => entry.name !== feature)?.name;
  const inner = feature ? files(feature).find((file) => /^(?!index\.)[\w.-]+\.tsx?$/.test(file)) : undefined;
  if (!feature || !importer || !inner) throw new Error('src/ui/features needs two features, one with an index.ts');
  return { importer, feature, inner: inner.replace(/\.tsx?$/, '') };
}

const pair = featurePair();
const FEATURE = `src/ui/features/${pair.importer}/lint-probe.ts`;
const DOMAIN = 'src/domain/common/lint-probe.ts';
const GRAPH = 'src/graph/lint-probe.ts';
const FILING = 'src/filing/lint-probe.ts';
const UI = 'src/ui/lint-probe.ts';
const HOSTS = 'src/hosts/browser/lint-probe.ts';
const CLI = 'src/cli/lint-probe.ts';
const SANDBOX = 'src/sandbox/lint-probe.ts';

/** A probe: a file and what it imports, or a whole virtual file. */
type Probe = readonly [filePath: string, specifier: string] | VirtualFile;
const fileOf = (probe: Probe): VirtualFile => ('code' in probe ? probe : importing(probe[0], probe[1]));
const code = (filePath: string, text: string): VirtualFile => ({ filePath, code: `${text}\n` });

function ruleCase(rule: string, ruleId: string, says: string, refused: Probe[], allowed: Probe[]): RuleCase {
  return { rule, ruleId, says, refused: refused.map(fileOf), allowed: allowed.map(fileOf) };
}

const RULES: readonly RuleCase[] = [
  ruleCase(
    'src/domain imports no other layer',
    ZONES,
    'src/domain may import no other layer',
    [[DOMAIN, '../../documents']],
    [[DOMAIN, './is-record']],
  ),
  ruleCase(
    'catalogues and documents import the domain only',
    ZONES,
    'may import only domain.',
    [
      ['src/catalogues/lint-probe.ts', '../graph'],
      ['src/documents/lint-probe.ts', '../auth/token-source'],
    ],
    [['src/documents/lint-probe.ts', '../domain']],
  ),
  ruleCase(
    'graph imports no layer above it',
    ZONES,
    'src/graph may import only',
    [
      [GRAPH, '../ui/host-context'],
      [GRAPH, '../cli/io'],
    ],
    [[GRAPH, '../documents']],
  ),
  ruleCase(
    'graph takes only the TokenSource contract from auth',
    ZONES,
    'src/graph takes only token-source.ts from src/auth',
    [[GRAPH, '../auth/sandbox-token-source']],
    [code(GRAPH, "import type { TokenSource } from '../auth/token-source';\n\nexport type Probe = TokenSource;")],
  ),
  ruleCase(
    'graph reaches neither the catalogues nor the eligibility engine by path',
    ZONES,
    'knows nothing of eligibility',
    [
      [GRAPH, '../catalogues'],
      [GRAPH, '../domain/eligibility/evaluate'],
      [GRAPH, '../domain/criteria'],
    ],
    [[GRAPH, '../domain/triage']],
  ),
  ruleCase(
    "graph takes none of the engine's names through the domain's index",
    IMPORTS,
    'knows nothing of eligibility',
    [
      importing('src/graph/filing/lint-probe.ts', '../../domain', '{ evaluate }'),
      importing(GRAPH, '../domain/index', '{ criterionSchema }'),
    ],
    [importing('src/graph/filing/lint-probe.ts', '../../domain', '{ TRIAGE_STATES }')],
  ),
  ruleCase(
    'auth imports neither graph nor anything above it',
    ZONES,
    'src/auth may import only',
    [
      ['src/auth/lint-probe.ts', '../graph'],
      ['src/auth/lint-probe.ts', '../ui/host-context'],
    ],
    [['src/auth/lint-probe.ts', '../domain']],
  ),
  ruleCase(
    'the address lookup imports the domain only, and the sandbox does not import it',
    ZONES,
    'may import only domain',
    [
      ['src/address/lint-probe.ts', '../graph'],
      ['src/address/lint-probe.ts', '../ui/host-context'],
      [SANDBOX, '../address'],
    ],
    [['src/address/lint-probe.ts', '../domain/areas']],
  ),
  ruleCase(
    'filing imports the domain, documents and graph only',
    ZONES,
    'src/filing may import only domain, documents, graph',
    [
      [FILING, '../ui/host-context'],
      [FILING, '../auth/token-source'],
      [FILING, '../catalogues'],
    ],
    [
      [FILING, '../graph'],
      [FILING, '../documents'],
    ],
  ),
  ruleCase(
    'ui imports neither hosts, cli nor the sandbox',
    ZONES,
    'src/ui may import only',
    [
      [UI, '../hosts/browser/index'],
      [UI, '../cli/io'],
      [UI, '../sandbox/main'],
    ],
    [[UI, '../graph']],
  ),
  ruleCase(
    'hosts do not import the sandbox',
    ZONES,
    'src/hosts may import only',
    [[HOSTS, '../../sandbox/main'], code(HOSTS, "export const probe = () => import('../../sandbox/main');")],
    [[HOSTS, '../../ui/host-context']],
  ),
  ruleCase(
    'cli imports no ui, hosts or sandbox',
    ZONES,
    'src/cli may import only',
    [
      [CLI, '../ui/host-context'],
      [CLI, '../sandbox/main'],
    ],
    [[CLI, '../documents']],
  ),
  ruleCase(
    'cli takes only the app configuration schema from auth',
    ZONES,
    'src/cli takes only auth-config*.ts from src/auth',
    [[CLI, '../auth/token-source']],
    [[CLI, '../auth/auth-config.schema']],
  ),
  ruleCase(
    'the sandbox imports no product layer but the domain and catalogues',
    ZONES,
    'src/sandbox may import only domain, catalogues, graph/dto',
    [
      [SANDBOX, '../auth/token-source'],
      [SANDBOX, '../filing'],
    ],
    [[SANDBOX, '../domain']],
  ),
  ruleCase(
    'the sandbox takes only escapeHtml from documents',
    ZONES,
    'src/sandbox takes only html/escape-html.ts from src/documents',
    [
      [SANDBOX, '../documents'],
      [SANDBOX, '../documents/pdf/render-pdf'],
    ],
    [[SANDBOX, '../documents/html/escape-html']],
  ),
  ruleCase(
    'the sandbox shares only the DTO schemas with graph',
    ZONES,
    'src/sandbox takes only dto from src/graph',
    [
      [SANDBOX, '../graph'],
      [SANDBOX, '../graph/gateway/graph-gateway'],
    ],
    [[SANDBOX, '../graph/dto']],
  ),
  ruleCase(
    "a feature imports another feature only through that feature's index.ts",
    ZONES,
    'only through its index.ts',
    [[FEATURE, `../${pair.feature}/${pair.inner}`]],
    [[FEATURE, `../${pair.feature}`]],
  ),
  ruleCase(
    'shared components and state import no feature',
    ZONES,
    'know no feature',
    [
      ['src/ui/components/lint-probe.ts', `../features/${pair.feature}`],
      ['src/ui/state/lint-probe.ts', `../features/${pair.feature}`],
    ],
    [['src/ui/components/lint-probe.ts', '../../domain']],
  ),
  ruleCase(
    'features do not import the app shell',
    ZONES,
    'Features do not import the app shell',
    [[FEATURE, '../../app/theme']],
    [[FEATURE, '../../components/section']],
  ),
  ruleCase(
    'no import cycles',
    'import/no-cycle',
    'Dependency cycle',
    [importing('src/domain/common/is-record.ts', '../index', '{ formatBytes }')],
    [['src/domain/common/is-record.ts', './iso-date']],
  ),
  ruleCase(
    'src/domain imports zod only',
    IMPORTS,
    'src/domain imports zod only',
    [
      [DOMAIN, 'yaml'],
      [DOMAIN, 'date-holidays'],
      // The calendar reads its bank holidays from a generated table; the library is for the generator only.
      ['src/domain/calendar/lint-probe.ts', 'date-holidays'],
    ],
    [
      [DOMAIN, 'zod'],
      ['src/domain/calendar/lint-probe.ts', './bank-holidays'],
    ],
  ),
  ruleCase(
    'src/domain reads no clock',
    'no-restricted-syntax',
    'takes the clock as a parameter',
    [
      code(DOMAIN, 'export const probe = (): number => Date.now();'),
      code(DOMAIN, 'export const probe = () => new Date();'),
    ],
    [code(DOMAIN, 'export const probe = (iso: string): Date => new Date(iso);')],
  ),
  ruleCase(
    'no getter or setter in an object literal outside the card',
    'no-restricted-syntax',
    'not a getter or setter in an object literal',
    [
      code(DOMAIN, 'export const probe = () => ({ get n(): number { return 1; } });'),
      code('src/bot/lint-probe.ts', 'export const probe = () => ({ set n(v: number) { void v; } });'),
      code(SANDBOX, 'export const probe = () => ({ get n(): number { return 1; } });'),
    ],
    [
      code(DOMAIN, 'export class Probe { get n(): number { return 1; } }'),
      code(DOMAIN, 'export const probe = () => ({ n: 1, read: () => 1 });'),
      code(UI, 'export const probe = () => ({ get n(): number { return 1; } });'),
    ],
  ),
  ruleCase(
    'src/domain touches no browser global',
    'no-restricted-globals',
    'fetch',
    [code(DOMAIN, "export const probe = () => fetch('https://example.org/');")],
    [code(GRAPH, "export const probe = () => fetch('https://example.org/');")],
  ),
  ruleCase(
    'ui never imports a host SDK',
    IMPORTS,
    'never from a host SDK',
    [[UI, '@microsoft/teams-js']],
    [[UI, '@fluentui/react-components']],
  ),
  ruleCase(
    'hosts draw nothing themselves',
    IMPORTS,
    'Hosts draw nothing themselves',
    [['src/hosts/browser/lint-probe.tsx', '@fluentui/react-components']],
    [['src/hosts/browser/lint-probe.tsx', 'react-dom/client']],
  ),
  ruleCase(
    'React components live under src/ui',
    'no-restricted-syntax',
    'React components live under src/ui',
    [
      code('src/auth/lint-probe.tsx', 'export const probe = 1;'),
      code('src/documents/lint-probe.tsx', 'export const probe = 1;'),
    ],
    [
      code('src/ui/components/lint-probe.tsx', 'export const probe = 1;'),
      code('src/auth/lint-probe.ts', 'export const probe = 1;'),
    ],
  ),
];

/** "src/x/lint-probe.ts: import … from '…'", so each test names its case. */
const describeFile = (file: VirtualFile): string => `${file.filePath}: ${file.code.split('\n')[0]}`;

let linted: Map<VirtualFile, LintMessage[]>;

beforeAll(async () => {
  const files = RULES.flatMap((rule) => [...rule.refused, ...rule.allowed]);
  const messages = await lintVirtualFiles(files);
  linted = new Map(files.map((file, index) => [file, messages[index] ?? []]));
}, 120_000);

describe.each(RULES)('$rule', ({ ruleId, says, refused, allowed }) => {
  test('every import in the cases reaches a real file', () => {
    expect([...refused, ...allowed].filter((file) => !resolvesToRealFile(file))).toEqual([]);
  });

  test.each(refused.map((file) => [describeFile(file), file] as const))('refuses %s', (_name, file) => {
    const refusals = (linted.get(file) ?? []).filter((message) => message.ruleId === ruleId);
    expect(refusals.map((message) => message.message).join('\n')).toContain(says);
  });

  test.each(allowed.map((file) => [describeFile(file), file] as const))('allows %s', (_name, file) => {
    expect(linted.get(file)).toEqual([]);
  });
});
