/**
 * Gzipped JavaScript each route loads on a cold visit, from Vite's build manifest:
 * the entry chunk and its static imports, plus the route's lazily loaded component chunk
 * and its static imports. Chunks a route loads later on demand (charts, dialogs) are
 * listed separately as "deferred". Exits non-zero when sign-in or the overview exceed
 * their budget, or when the route table below no longer matches the build.
 *
 * Run after `vite build`: node --import tsx bench/bundle-size.ts [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Each route and the module its `lazyRouteComponent` imports (see src/app/routes). */
export const ROUTES: readonly { path: string; module: string; budgetKb?: number }[] = [
  { path: '/sign-in', module: 'src/features/auth/components/sign-in-page.tsx', budgetKb: 150 },
  { path: '/o/:orgId/overview', module: 'src/app/routes/org-home.ts', budgetKb: 150 },
  { path: '/o/:orgId/customers', module: 'src/features/customers/components/customers-page.tsx' },
  { path: '/o/:orgId/customers/new', module: 'src/features/customer-create/components/customer-create-page.tsx' },
  { path: '/o/:orgId/customers/:customerId', module: 'src/features/customers/components/customer-detail-page.tsx' },
  { path: '/o/:orgId/customers/:customerId/setup', module: 'src/features/users/setup/customer-setup-page.tsx' },
  { path: '/o/:orgId/customers/:customerId/import', module: 'src/features/users/import/user-import-page.tsx' },
  { path: '/o/:orgId/templates', module: 'src/features/templates/components/templates-page.tsx' },
  { path: '/o/:orgId/templates/new', module: 'src/features/templates/components/template-create-page.tsx' },
  { path: '/o/:orgId/templates/:templateId', module: 'src/features/templates/components/template-detail-page.tsx' },
  { path: '/o/:orgId/templates/:templateId/edit', module: 'src/features/templates/components/template-edit-page.tsx' },
  { path: '/o/:orgId/users', module: 'src/features/users/list/components/users-page.tsx' },
  { path: '/o/:orgId/users/:subscriberId', module: 'src/features/users/list/components/user-page.tsx' },
  { path: '/o/:orgId/billing', module: 'src/features/billing/reports/components/reports-page.tsx' },
  { path: '/o/:orgId/billing/new', module: 'src/features/billing/reports/components/report-create-page.tsx' },
  { path: '/o/:orgId/billing/price-book', module: 'src/features/billing/cost/components/price-book-page.tsx' },
  { path: '/o/:orgId/billing/cost/:reportId', module: 'src/features/billing/cost/components/cost-summary-page.tsx' },
  { path: '/o/:orgId/billing/view/:reportId', module: 'src/features/billing/viewer/report-viewer-page.tsx' },
  { path: '/o/:orgId/billing/compare', module: 'src/features/billing/viewer/report-compare-page.tsx' },
  { path: '/o/:orgId/billing/drift', module: 'src/features/billing/viewer/drift-check-page.tsx' },
  {
    path: '/o/:orgId/indirect-providers',
    module: 'src/features/indirect-providers/components/indirect-providers-page.tsx',
  },
  {
    path: '/o/:orgId/indirect-providers/:subPartnerId',
    module: 'src/features/indirect-providers/components/indirect-provider-page.tsx',
  },
];

/** Routes under /o/:orgId also load the app shell, which is its own lazy chunk. */
const SHELL_MODULE = 'src/app/routes/org-home.ts';

export interface RouteSize {
  path: string;
  files: string[];
  gzipBytes: number;
  deferred: string[];
  deferredGzipBytes: number;
  budgetKb?: number;
}

export function measure(distDir: string): { entryGzipBytes: number; routes: RouteSize[]; problems: string[] } {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} not found: run \`vite build\` first (build.manifest is on).`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const gzipCache = new Map<string, number>();
  const gz = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file))).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const problems: string[] = [];

  /** The chunk and everything it imports statically (what the browser must fetch before it runs). */
  function staticClosure(key: string, into = new Set<string>()): Set<string> {
    if (into.has(key)) return into;
    const chunk = manifest[key];
    if (!chunk) {
      problems.push(`manifest has no chunk ${key}`);
      return into;
    }
    into.add(key);
    for (const imported of chunk.imports ?? []) staticClosure(imported, into);
    return into;
  }
  const jsFiles = (keys: Iterable<string>) =>
    [...new Set([...keys].map((k) => manifest[k]?.file).filter((f): f is string => !!f && f.endsWith('.js')))].sort();
  const sum = (files: readonly string[]) => files.reduce((total, f) => total + gz(f), 0);

  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const entry = staticClosure(entryKey);
  const entryFiles = jsFiles(entry);

  const routes = ROUTES.map(({ path, module, budgetKb }) => {
    if (!manifest[module])
      problems.push(`${path}: ${module} is not a chunk of this build (was the route's lazy import changed?)`);
    const keys = new Set(entry);
    if (path.startsWith('/o/')) staticClosure(SHELL_MODULE, keys);
    staticClosure(module, keys);
    const files = jsFiles(keys);
    const deferredKeys = new Set<string>();
    for (const key of keys) {
      for (const dynamic of manifest[key]?.dynamicImports ?? []) {
        // Route components are attributed to their own routes, not deferred work of this one.
        if (dynamic === SHELL_MODULE || ROUTES.some((r) => r.module === dynamic)) continue;
        for (const k of staticClosure(dynamic)) if (!keys.has(k)) deferredKeys.add(k);
      }
    }
    const deferred = jsFiles(deferredKeys);
    return { path, files, gzipBytes: sum(files), deferred, deferredGzipBytes: sum(deferred), budgetKb };
  });

  for (const module of lazyRouteModules()) {
    if (module !== SHELL_MODULE && !ROUTES.some((r) => r.module === module)) {
      problems.push(`the routes lazy-load ${module}, which no entry of ROUTES in bench/bundle-size.ts measures`);
    }
  }
  return { entryGzipBytes: sum(entryFiles), routes, problems };
}

const ROUTES_DIR = 'src/app/routes';

/** Every module a route file lazy-loads with `lazyRouteComponent(() => import('…'))`, as a project path. */
export function lazyRouteModules(root = process.cwd()): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(join(root, ROUTES_DIR)).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(join(root, ROUTES_DIR, file), 'utf8');
    for (const [, specifier = ''] of text.matchAll(/lazyRouteComponent\(\s*\(\)\s*=>\s*import\('([^']+)'\)/g)) {
      const absolute = specifier.startsWith('@/')
        ? join(root, 'src', specifier.slice(2))
        : resolve(dirname(join(root, ROUTES_DIR, file)), specifier);
      const withExtension = ['.tsx', '.ts'].map((ext) => absolute + ext).find((candidate) => existsSync(candidate));
      found.add(relative(root, withExtension ?? absolute));
    }
  }
  return [...found].sort();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function main() {
  const distDir = resolve(process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist');
  const result = measure(distDir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`Entry (shared by every route): ${kb(result.entryGzipBytes)} kB gzip\n`);
    console.log(
      `${'route'.padEnd(30)} ${'on load'.padStart(10)} ${'budget'.padStart(8)} ${'deferred'.padStart(10)}  files`,
    );
    for (const r of result.routes) {
      const budget = r.budgetKb ? `${r.budgetKb}` : '—';
      console.log(
        `${r.path.padEnd(30)} ${`${kb(r.gzipBytes)} kB`.padStart(10)} ${budget.padStart(8)} ${`${kb(r.deferredGzipBytes)} kB`.padStart(10)}  ${r.files.length}`,
      );
    }
  }
  const over = result.routes.filter((r) => r.budgetKb !== undefined && r.gzipBytes > r.budgetKb * 1024);
  for (const r of over)
    console.error(`\nOVER BUDGET: ${r.path} loads ${kb(r.gzipBytes)} kB gzip (budget ${r.budgetKb} kB)`);
  for (const p of result.problems) console.error(`\nPROBLEM: ${p}`);
  if (over.length || result.problems.length) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
