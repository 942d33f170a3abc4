// Renders a kustomize overlay and checks it offline: every object against its schema (Kubernetes' own from
// kubernetes-models; Strimzi, CloudNativePG and Prometheus operator CRDs from their @kubernetes-models packages;
// Keycloak's from schemas/), and every name a workload or custom resource refers to against what the overlay
// holds, what its operators make from it, and what external.yaml says the cluster holds beforehand.
//   node check.mjs ../overlays/demo        (exit code 1 and one line per problem when something is wrong)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const repoRoot = resolve(here, '..', '..', '..');

const MODELS = {
  'v1': 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'batch/v1': 'kubernetes-models/batch/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'policy/v1': 'kubernetes-models/policy/v1',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'rbac.authorization.k8s.io/v1': 'kubernetes-models/rbac.authorization.k8s.io/v1',
  'kafka.strimzi.io/v1beta2': '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
};
const keycloakSchemas = JSON.parse(readFileSync(join(here, 'schemas', 'keycloak.k8s.keycloak.org.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const keycloakValidators = Object.fromEntries(['Keycloak', 'KeycloakRealmImport'].map((kind) => [kind,
  ajv.compile({ definitions: keycloakSchemas.definitions, ...keycloakSchemas[kind] })]));

/** The overlay's objects as kustomize renders them. */
export function render(overlayDir) {
  const kustomize = join(dirname(require.resolve('kustomize/package.json')), 'run.js');
  const text = execFileSync(process.execPath, [kustomize, 'build', overlayDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return YAML.parseAllDocuments(text).map((doc) => doc.toJS()).filter(Boolean);
}

const id = (o) => `${o.kind}/${o.metadata?.name}`;

async function schemaProblems(objects) {
  const problems = [];
  for (const o of objects) {
    if (o.apiVersion === 'k8s.keycloak.org/v2alpha1') {
      const validate = keycloakValidators[o.kind];
      if (!validate) {
        problems.push(`${id(o)}: no schema for ${o.apiVersion} ${o.kind}`);
      } else if (!validate(o)) {
        problems.push(...validate.errors.map((e) => `${id(o)}: ${e.instancePath || '/'} ${e.message}`));
      }
      continue;
    }
    const module = MODELS[o.apiVersion];
    const Model = module && (await import(module))[o.kind];
    if (!Model) {
      problems.push(`${id(o)}: no schema for ${o.apiVersion} ${o.kind}`);
      continue;
    }
    try {
      new Model(o).validate();
    } catch (e) {
      problems.push(`${id(o)}: ${e.message.split('\n').slice(0, 5).join('; ')}`);
    }
  }
  return problems;
}

function external(overlayDir) {
  const file = join(overlayDir, 'external.yaml');
  const declared = existsSync(file) ? YAML.parse(readFileSync(file, 'utf8')) : {};
  return { secrets: declared?.secrets ?? [], configMaps: declared?.configMaps ?? [] };
}

/** What exists once the overlay is applied: its objects, what operators make from them, the declared externals. */
function inventory(objects, overlayDir) {
  const ext = external(overlayDir);
  const of = (kind) => objects.filter((o) => o.kind === kind);
  const secrets = new Set([...ext.secrets, ...of('Secret').map((o) => o.metadata.name)]);
  const configMaps = new Set([...ext.configMaps, ...of('ConfigMap').map((o) => o.metadata.name)]);
  for (const c of objects.filter((o) => o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io'))) {
    secrets.add(`${c.metadata.name}-app`); // CloudNativePG: the application user's credentials and JDBC URL
  }
  for (const u of of('KafkaUser')) secrets.add(u.metadata.name); // Strimzi: the user's password and JAAS config
  for (const k of of('Kafka')) {
    secrets.add(`${k.metadata.name}-cluster-ca-cert`);
    secrets.add(`${k.metadata.name}-clients-ca-cert`);
  }
  const services = new Map(of('Service').map((s) => [s.metadata.name, s]));
  const topics = new Set(of('KafkaTopic').map((t) => t.spec?.topicName ?? t.metadata.name));
  const workloads = objects.filter((o) => ['Deployment', 'StatefulSet', 'Job', 'CronJob'].includes(o.kind));
  return { secrets, configMaps, services, topics, workloads, of };
}

function podSpec(workload) {
  return workload.kind === 'CronJob' ? workload.spec?.jobTemplate?.spec?.template?.spec : workload.spec?.template?.spec;
}

function podLabels(workload) {
  return (workload.kind === 'CronJob' ? workload.spec?.jobTemplate?.spec?.template : workload.spec?.template)?.metadata?.labels ?? {};
}

const selects = (matchLabels, labels) => Object.entries(matchLabels ?? {}).every(([k, v]) => labels[k] === v);

function referenceProblems(objects, overlayDir) {
  const inv = inventory(objects, overlayDir);
  const problems = [];
  const needSecret = (owner, name, where) => {
    if (name && !inv.secrets.has(name)) problems.push(`${owner}: ${where} names secret ${name}, which the overlay does not hold`);
  };
  const needConfigMap = (owner, name, where) => {
    if (name && !inv.configMaps.has(name)) problems.push(`${owner}: ${where} names config map ${name}, which the overlay does not hold`);
  };
  for (const w of inv.workloads) {
    const spec = podSpec(w) ?? {};
    const volumes = new Set((spec.volumes ?? []).map((v) => v.name));
    for (const v of spec.volumes ?? []) {
      if (v.secret && !v.secret.optional) needSecret(id(w), v.secret.secretName, `volume ${v.name}`);
      if (v.configMap && !v.configMap.optional) needConfigMap(id(w), v.configMap.name, `volume ${v.name}`);
    }
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      for (const e of c.env ?? []) {
        const s = e.valueFrom?.secretKeyRef;
        if (s && !s.optional) needSecret(id(w), s.name, `env ${e.name}`);
        const m = e.valueFrom?.configMapKeyRef;
        if (m && !m.optional) needConfigMap(id(w), m.name, `env ${e.name}`);
      }
      for (const from of c.envFrom ?? []) {
        if (from.secretRef && !from.secretRef.optional) needSecret(id(w), from.secretRef.name, 'envFrom');
        if (from.configMapRef && !from.configMapRef.optional) needConfigMap(id(w), from.configMapRef.name, 'envFrom');
      }
      for (const m of c.volumeMounts ?? []) {
        if (!volumes.has(m.name)) problems.push(`${id(w)}: container ${c.name} mounts volume ${m.name}, which the pod does not have`);
      }
      if (!c.image) problems.push(`${id(w)}: container ${c.name} has no image`);
    }
  }
  for (const ing of inv.of('Ingress')) {
    for (const rule of ing.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const backend = p.backend?.service;
        const service = backend && inv.services.get(backend.name);
        if (!service) {
          problems.push(`${id(ing)}: path ${p.path} goes to service ${backend?.name}, which the overlay does not hold`);
        } else if (backend.port?.name && !(service.spec?.ports ?? []).some((port) => port.name === backend.port.name)) {
          problems.push(`${id(ing)}: path ${p.path} goes to port ${backend.port.name} of ${backend.name}, which it does not have`);
        }
      }
    }
    for (const tls of ing.spec?.tls ?? []) needSecret(id(ing), tls.secretName, 'tls');
  }
  for (const svc of inv.services.values()) {
    if (svc.spec?.selector && !inv.workloads.some((w) => selects(svc.spec.selector, podLabels(w)))
        && !Object.keys(svc.spec.selector).some((k) => k.startsWith('strimzi.io') || k.startsWith('cnpg.io'))) {
      problems.push(`${id(svc)}: selects no pod of the overlay`);
    }
  }
  for (const hpa of inv.of('HorizontalPodAutoscaler')) {
    const target = hpa.spec?.scaleTargetRef;
    if (!inv.workloads.some((w) => w.kind === target?.kind && w.metadata.name === target?.name)) {
      problems.push(`${id(hpa)}: scales ${target?.kind}/${target?.name}, which the overlay does not hold`);
    }
  }
  for (const pdb of inv.of('PodDisruptionBudget')) {
    if (!inv.workloads.some((w) => selects(pdb.spec?.selector?.matchLabels, podLabels(w)))) {
      problems.push(`${id(pdb)}: protects no pod of the overlay`);
    }
  }
  const appNames = new Set(inv.workloads.map((w) => podLabels(w)['app.kubernetes.io/name']).filter(Boolean));
  for (const np of inv.of('NetworkPolicy')) {
    const labelled = [];
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'matchLabels' && v['app.kubernetes.io/name']) labelled.push(v['app.kubernetes.io/name']);
          else if (k === 'matchExpressions') v.filter((e) => e.key === 'app.kubernetes.io/name').forEach((e) => labelled.push(...e.values));
          else walk(v);
        }
      }
    };
    walk(np.spec);
    for (const name of labelled) {
      if (!appNames.has(name)) problems.push(`${id(np)}: selects app ${name}, which the overlay does not run`);
    }
  }
  for (const user of inv.of('KafkaUser')) {
    for (const acl of user.spec?.authorization?.acls ?? []) {
      if (acl.resource?.type === 'topic' && acl.resource.patternType !== 'prefix' && !inv.topics.has(acl.resource.name)) {
        problems.push(`${id(user)}: an ACL names topic ${acl.resource.name}, which the overlay does not create`);
      }
    }
  }
  const clusters = new Set(inv.of('Cluster').map((c) => c.metadata.name));
  for (const c of inv.of('Cluster')) {
    const s3 = c.spec?.backup?.barmanObjectStore?.s3Credentials;
    if (s3) {
      needSecret(id(c), s3.accessKeyId?.name, 'backup credentials');
      needSecret(id(c), s3.secretAccessKey?.name, 'backup credentials');
    }
  }
  for (const b of inv.of('ScheduledBackup')) {
    const cluster = inv.of('Cluster').find((c) => c.metadata.name === b.spec?.cluster?.name);
    if (!cluster) problems.push(`${id(b)}: backs up cluster ${b.spec?.cluster?.name}, which the overlay does not hold`);
    else if (!cluster.spec?.backup) problems.push(`${id(b)}: cluster ${cluster.metadata.name} has no backup store`);
  }
  for (const pm of inv.of('PodMonitor')) {
    const cluster = pm.spec?.selector?.matchLabels?.['cnpg.io/cluster'];
    if (cluster && !clusters.has(cluster)) problems.push(`${id(pm)}: watches cluster ${cluster}, which the overlay does not hold`);
  }
  for (const sm of inv.of('ServiceMonitor')) problems.push(...serviceMonitorPortProblems(inv, sm));
  problems.push(...managementPortProblems(inv));
  const keycloaks = new Set(inv.of('Keycloak').map((k) => k.metadata.name));
  for (const k of inv.of('Keycloak')) {
    needSecret(id(k), k.spec?.db?.usernameSecret?.name, 'db');
    needSecret(id(k), k.spec?.db?.passwordSecret?.name, 'db');
    needSecret(id(k), k.spec?.http?.tlsSecret, 'http.tlsSecret');
  }
  for (const r of inv.of('KeycloakRealmImport')) {
    if (!keycloaks.has(r.spec?.keycloakCRName)) problems.push(`${id(r)}: imports into ${r.spec?.keycloakCRName}, which the overlay does not hold`);
    for (const [name, p] of Object.entries(r.spec?.placeholders ?? {})) needSecret(id(r), p.secret?.name, `placeholder ${name}`);
  }
  problems.push(...messagingProblems(inv));
  problems.push(...fileDirectoryProblems(inv));
  return problems;
}

/**
 * A directory a part writes files to: a property of its application.properties whose name ends in "directory" or
 * "-dir" and whose value is ${ENV_VAR:default} with a default (evidence files, door photos). An empty default is an
 * optional input (e.g. a lexicon directory), not a place the part writes to.
 */
function writtenDirectories(name) {
  const file = join(repoRoot, name, 'src', 'main', 'resources', 'application.properties');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim())
    .map((l) => l.match(/^([a-z][\w.-]*(?:directory|-dir))=\$\{([A-Z0-9_]+):([^}]+)\}$/))
    .filter(Boolean).map(([, key, env, fallback]) => ({ key, env, fallback }));
}

/**
 * Where a part writes files must be where they stay: the root file system is read-only and an emptyDir goes with its
 * pod, so the directory (the pod's environment variable, else the default, relative to the image's working directory)
 * must lie on a writable volume of a PersistentVolumeClaim the overlay holds; and where more than one replica may
 * write, the claim must be ReadWriteMany (or say it serves one node: annotation frontline/one-node: "true").
 */
function fileDirectoryProblems(inv) {
  const problems = [];
  const claims = new Map(inv.of('PersistentVolumeClaim').map((c) => [c.metadata.name, c]));
  for (const w of inv.workloads) {
    const spec = podSpec(w) ?? {};
    const container = (spec.containers ?? []).find((c) => c.name === w.metadata.name) ?? spec.containers?.[0];
    if (!container) continue;
    for (const { key, env, fallback } of writtenDirectories(w.metadata.name)) {
      const set = (container.env ?? []).find((e) => e.name === env);
      if (set && set.value === undefined) {
        problems.push(`${id(w)}: ${key} comes from ${env} by reference; the check cannot see where it points`);
        continue;
      }
      const path = set ? set.value : fallback;
      const where = `${key} (${path}${set ? '' : `, the default: ${env} is not set`})`;
      if (!path.startsWith('/')) {
        problems.push(`${id(w)}: ${where} is relative to the image's working directory, on the read-only root file system`);
        continue;
      }
      const mount = (container.volumeMounts ?? [])
        .filter((m) => path === m.mountPath || path.startsWith(m.mountPath.replace(/\/$/, '') + '/'))
        .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
      if (!mount) {
        problems.push(`${id(w)}: ${where} is on no mounted volume: the root file system is read-only`);
        continue;
      }
      if (mount.readOnly) problems.push(`${id(w)}: ${where} is on volume ${mount.name}, mounted read-only`);
      const volume = (spec.volumes ?? []).find((v) => v.name === mount.name);
      const claimName = volume?.persistentVolumeClaim?.claimName;
      if (!claimName) {
        problems.push(`${id(w)}: ${where} is on volume ${mount.name}, which is no PersistentVolumeClaim: its files go with the pod`);
        continue;
      }
      const claim = claims.get(claimName);
      if (!claim) {
        problems.push(`${id(w)}: ${where} is on claim ${claimName}, which the overlay does not hold`);
        continue;
      }
      const hpa = inv.of('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.kind === w.kind
        && h.spec?.scaleTargetRef?.name === w.metadata.name);
      const replicas = Math.max(w.spec?.replicas ?? 1, hpa?.spec?.maxReplicas ?? 1);
      const oneNode = claim.metadata?.annotations?.['frontline/one-node'] === 'true';
      if (replicas > 1 && !(claim.spec?.accessModes ?? []).includes('ReadWriteMany') && !oneNode) {
        problems.push(`${id(w)}: up to ${replicas} replicas write to claim ${claimName}, which is not ReadWriteMany`);
      }
    }
  }
  return problems;
}

/** A ServiceMonitor scrapes a port the pods behind its Services name (the management port is in no Service). */
function serviceMonitorPortProblems(inv, sm) {
  const problems = [];
  const labels = sm.spec?.selector?.matchLabels ?? {};
  const services = inv.of('Service').filter((s) => Object.entries(labels).every(([k, v]) => s.metadata?.labels?.[k] === v));
  for (const s of services) {
    const pods = inv.workloads.filter((w) => s.spec?.selector
      && Object.entries(s.spec.selector).every(([k, v]) => w.spec?.template?.metadata?.labels?.[k] === v));
    const ports = pods.flatMap((w) => (w.spec?.template?.spec?.containers ?? []).flatMap((c) => c.ports ?? []));
    for (const e of sm.spec?.endpoints ?? []) {
      if (e.targetPort !== undefined && !ports.some((p) => p.containerPort === e.targetPort || p.name === e.targetPort)) {
        problems.push(`${id(sm)}: scrapes port ${e.targetPort}, which no pod behind ${id(s)} names`);
      }
    }
  }
  return problems;
}

/**
 * The management interface (health, metrics, OpenAPI: the container port named "management") stays inside the pod
 * network: no Service of a part exposes it, and the probes use it.
 */
function managementPortProblems(inv) {
  const problems = [];
  for (const w of inv.workloads) {
    for (const c of w.spec?.template?.spec?.containers ?? []) {
      const management = (c.ports ?? []).find((p) => p.name === 'management');
      if (!management) continue;
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        const port = c[probe]?.httpGet?.port;
        if (port !== undefined && port !== management.containerPort && port !== 'management') {
          problems.push(`${id(w)}: the ${probe} asks port ${port}, not the management interface`);
        }
      }
      const selectors = inv.of('Service').filter((s) => s.spec?.selector
        && Object.entries(s.spec.selector).every(([k, v]) => w.spec?.template?.metadata?.labels?.[k] === v));
      for (const s of selectors) {
        for (const p of s.spec?.ports ?? []) {
          if (p.targetPort === management.containerPort || p.targetPort === 'management' || p.port === management.containerPort) {
            problems.push(`${id(s)}: exposes the management interface of ${w.metadata.name} (port ${p.port})`);
          }
        }
      }
    }
  }
  return problems;
}

/** Every topic and consumer group a service's configuration names exists and its KafkaUser may use it. */
function messagingProblems(inv) {
  const problems = [];
  for (const w of inv.workloads) {
    const name = w.metadata.name;
    const file = join(repoRoot, name, 'src', 'main', 'resources', 'application.properties');
    if (!existsSync(file)) continue;
    const user = inv.of('KafkaUser').find((u) => u.metadata.name === name);
    const acls = user?.spec?.authorization?.acls ?? [];
    const may = (type, resource, operation) => acls.some((a) => a.resource?.type === type && a.resource?.name === resource
      && (a.operations ?? [a.operation]).includes(operation));
    const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('%'));
    for (const line of lines) {
      const m = line.match(/^mp\.messaging\.(incoming|outgoing)\.([^.]+)\.(topic|dead-letter-queue\.topic|group\.id)=(.+)$/);
      if (!m) continue;
      const [, direction, channel, key, value] = m;
      if (!user) {
        problems.push(`${name}: channel ${channel} uses Kafka but there is no KafkaUser ${name}`);
        continue;
      }
      if (key === 'group.id') {
        if (!may('group', value, 'Read')) problems.push(`KafkaUser/${name}: may not use consumer group ${value} (channel ${channel})`);
        continue;
      }
      if (!inv.topics.has(value)) problems.push(`${name}: channel ${channel} names topic ${value}, which the overlay does not create`);
      const operation = direction === 'incoming' && key === 'topic' ? 'Read' : 'Write';
      if (!may('topic', value, operation)) problems.push(`KafkaUser/${name}: may not ${operation} ${value} (channel ${channel})`);
    }
  }
  return problems;
}

/** Every problem of an overlay; none means it renders, validates and holds together. */
export async function check(overlayDir) {
  let objects;
  try {
    objects = render(overlayDir);
  } catch (e) {
    return [`kustomize build ${overlayDir} failed: ${String(e.stderr || e.message).trim()}`];
  }
  return [...(await schemaProblems(objects)), ...referenceProblems(objects, overlayDir)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const overlays = process.argv.slice(2);
  let failed = false;
  for (const overlay of overlays) {
    const problems = await check(resolve(overlay));
    console.log(`${overlay}: ${problems.length === 0 ? 'ok' : problems.length + ' problem(s)'}`);
    problems.forEach((p) => console.log('  ' + p));
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
