// The overlays render and validate offline; a deliberately broken one does not; what is generated is in step.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check, render, repoRoot } from '../check.mjs';
import { realmImportText } from '../realm-import.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const kubernetes = join(here, '..', '..');

test('the parts were built, so their manifests are there to deploy', () => {
  for (const part of ['complaint-service', 'incident-service', 'sanction-service', 'notification-service', 'prevention-service', 'web']) {
    assert.ok(existsSync(join(kubernetes, 'base', 'generated', part, 'kubernetes.yml')),
      `${part}'s manifests are missing: build first (./mvnw -B package -DskipTests)`);
  }
});

for (const overlay of ['demo', 'production']) {
  test(`the ${overlay} overlay renders, validates and names only what exists`, async () => {
    assert.deepEqual(await check(join(kubernetes, 'overlays', overlay)), []);
  });
}

test('a broken overlay fails the check: a misspelt secret, a wrong field type, a topic nobody creates, a Service that exposes the management interface, files written off a volume or on one that goes with the pod', async () => {
  const problems = await check(join(here, 'fixtures', 'broken'));
  assert.ok(problems.some((p) => p.includes('Deployment/complaint-service') && p.includes('frontline-subject-kee')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('KafkaTopic/complaints-events') && p.includes('partitions')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('KafkaUser/complaint-service') && p.includes('complaints.evnts')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Ingress/frontline') && p.includes('web-pages')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Service/sanction-service') && p.includes('management interface')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Deployment/incident-service') && p.includes('frontline.evidence.directory')
    && p.includes('no mounted volume')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Deployment/sanction-service') && p.includes('door-photos')
    && p.includes('no PersistentVolumeClaim')), problems.join('\n'));
});

test('the realm imports are the ones the realm file makes (node realm-import.mjs)', () => {
  assert.equal(readFileSync(join(kubernetes, 'overlays', 'demo', 'realm-import.yaml'), 'utf8'), realmImportText(true));
  assert.equal(readFileSync(join(kubernetes, 'overlays', 'production', 'realm-import.yaml'), 'utf8'), realmImportText(false));
  assert.ok(!readFileSync(join(kubernetes, 'overlays', 'production', 'realm-import.yaml'), 'utf8').includes('emma.staff'),
    'production has no demo people');
});

test('the demo overlay runs the demo chain of the local stack', () => {
  for (const file of ['organisation.yaml', 'directory.yaml']) {
    assert.equal(readFileSync(join(kubernetes, 'overlays', 'demo', file), 'utf8'),
      readFileSync(join(repoRoot, 'deploy', 'local', file), 'utf8'), `${file} differs from deploy/local/${file}`);
  }
});

test('no secret value is in the repository: every secret a workload reads is external or made by an operator', () => {
  for (const overlay of ['demo', 'production']) {
    const text = readFileSync(join(kubernetes, 'overlays', overlay, 'kustomization.yaml'), 'utf8');
    assert.ok(!/secretGenerator/.test(text), `${overlay} generates secrets from files in the repository`);
  }
});

test('the services answer health, metrics and OpenAPI on port 9000 only, which the probes and the ServiceMonitors use', () => {
  const objects = render(join(kubernetes, 'overlays', 'production'));
  const services = ['complaint-service', 'incident-service', 'sanction-service', 'notification-service', 'prevention-service'];
  for (const name of services) {
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
    const container = deployment.spec.template.spec.containers[0];
    const management = (container.ports ?? []).find((p) => p.name === 'management');
    assert.equal(management?.containerPort, 9000, `${name} names its management port`);
    assert.ok([9000, 'management'].includes(container.readinessProbe.httpGet.port), `${name}'s readiness probe`);
    assert.ok([9000, 'management'].includes(container.livenessProbe.httpGet.port), `${name}'s liveness probe`);
    const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === name);
    assert.deepEqual(service.spec.ports.map((p) => p.targetPort), [container.ports.find((p) => p.name === 'http').containerPort],
      `${name}'s Service exposes the public port only`);
    const monitor = objects.find((o) => o.kind === 'ServiceMonitor' && o.metadata.name === name);
    assert.deepEqual(monitor.spec.endpoints.map((e) => [e.targetPort, e.path]), [[9000, '/q/metrics']], `${name}'s ServiceMonitor`);
  }
});

test('evidence files and door photos are written to claims every replica mounts, of the storage class the overlay names', () => {
  const parts = { 'incident-service': ['FRONTLINE_EVIDENCE_DIR', 'incident-service-evidence'],
    'sanction-service': ['FRONTLINE_SANCTION_DOOR_PHOTO_DIR', 'sanction-service-door-photos'] };
  for (const [overlay, mode, storageClass] of [['production', 'ReadWriteMany', 'frontline-shared-files'], ['demo', 'ReadWriteOnce', undefined]]) {
    const objects = render(join(kubernetes, 'overlays', overlay));
    for (const [name, [env, claimName]] of Object.entries(parts)) {
      const pod = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name).spec.template.spec;
      const dir = pod.containers[0].env.find((e) => e.name === env)?.value;
      const mount = pod.containers[0].volumeMounts.find((m) => m.mountPath === dir);
      assert.ok(mount && !mount.readOnly, `${overlay}: ${name} mounts a writable volume at ${dir}`);
      assert.equal(pod.volumes.find((v) => v.name === mount.name).persistentVolumeClaim?.claimName, claimName);
      const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === claimName);
      assert.deepEqual(claim.spec.accessModes, [mode], `${overlay}: ${claimName}`);
      assert.equal(claim.spec.storageClassName, storageClass, `${overlay}: ${claimName}'s storage class`);
    }
  }
});
