// The services' OpenAPI documents pass the lint with 0 errors; a document with errors fails it.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { countByRule, describe, documentOf, lint, SERVICES } from '../lint.mjs';

for (const service of SERVICES) {
  test(`the ${service} API document has no Spectral error`, () => {
    const { errors, warnings } = lint(documentOf(service));
    console.log(`${service}: ${warnings.length} warnings ${JSON.stringify(countByRule(warnings))}`);
    assert.deepEqual(errors.map(describe), []);
  });
}

test('a document with an unbounded string, array and integer, or a credential in the URL, fails the lint', () => {
  const { errors } = lint(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'unbounded.yaml'));
  assert.deepEqual([...new Set(errors.map((e) => e.code))].sort(), ['frontline-no-credentials-in-url', 'owasp:api4:2023-array-limit',
    'owasp:api4:2023-integer-format', 'owasp:api4:2023-integer-limit', 'owasp:api4:2023-string-limit']);
});
