// Bundles the client into one IIFE script, one style sheet and the fonts it references (esbuild, no Node
// download). Usage: node build.mjs <output folder> [--fixture]; the Maven build passes target/classes/web.
// With --fixture the page runs test/fixture/fixture.ts instead of src/main.ts (for check-views.mjs; not shipped).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..', 'target', 'classes', 'web'));
const fixture = process.argv.includes('--fixture');
mkdirSync(out, { recursive: true });

await esbuild.build({
    entryPoints: { diagram: fixture ? join(here, 'test', 'fixture', 'fixture.ts') : join(here, 'src', 'main.ts') },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: !fixture,
    sourcemap: false,
    legalComments: 'linked',
    outdir: out,
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: 'fonts/[name]',
    jsxFactory: 'svg',
    tsconfig: join(here, 'tsconfig.json'),
    logLevel: 'warning'
});
copyFileSync(join(here, 'diagram.html'), join(out, 'diagram.html'));
console.log(`diagram client written to ${out}`);
