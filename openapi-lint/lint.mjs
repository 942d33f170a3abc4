// Lints OpenAPI documents with Spectral (.spectral.mjs: spectral:oas and the OWASP API security ruleset).
//   node lint.mjs                      the five services' documents, stored by their builds in <service>/target/openapi
//   node lint.mjs some/openapi.yaml    one document
// Prints each document's errors, and its warnings counted by rule; exit code 1 when any document has an error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const repoRoot = resolve(here, '..');
export const SERVICES = ['complaint-service', 'incident-service', 'sanction-service', 'notification-service',
  'prevention-service'];

export const documentOf = (service) => join(repoRoot, service, 'target', 'openapi', 'openapi.yaml');

/** Spectral's findings for one document: { errors: [...], warnings: [...] } (severity 0 and 1). */
export function lint(file) {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the service's build stores it (quarkus.smallrye-openapi.store-schema-directory)`);
  }
  const cli = join(dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'lint', '--ruleset', join(here, '.spectral.mjs'), '--format', 'json',
      '--quiet', '--fail-severity', 'error', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.status !== 1 || !e.stdout) {
      throw e;
    }
    out = e.stdout;
  }
  const results = out.trim() === '' ? [] : JSON.parse(out);
  return {
    errors: results.filter((r) => r.severity === 0),
    warnings: results.filter((r) => r.severity === 1),
  };
}

export const describe = (r) => `${r.code} at ${r.path.join('.')}: ${r.message}`;

/** Warnings counted by rule: { 'owasp:api4:2023-rate-limit': 12, ... }. */
export function countByRule(findings) {
  const counts = {};
  for (const f of findings) {
    counts[f.code] = (counts[f.code] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : SERVICES.map(documentOf);
  let failed = false;
  for (const file of files) {
    const { errors, warnings } = lint(file);
    console.log(`${file}: ${errors.length} errors, ${warnings.length} warnings ${JSON.stringify(countByRule(warnings))}`);
    errors.forEach((e) => console.log(`  error ${describe(e)}`));
    failed ||= errors.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
