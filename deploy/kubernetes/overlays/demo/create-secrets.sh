#!/usr/bin/env bash
# Creates the demo overlay's secrets (external.yaml) with random values, straight into the cluster: nothing is
# written to disk. The two TLS certificates are self-signed for the demo host names.
set -euo pipefail
ns=${1:-frontline-demo}
kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"
random() { openssl rand -base64 48 | tr -d '\n'; }
secret() { kubectl -n "$ns" create secret generic "$1" --from-literal=secret="$(random)" --dry-run=client -o yaml | kubectl apply -f -; }
for name in frontline-subject-key frontline-notification-link frontline-complaint-reply-token frontline-notification-webhook frontline-web-cookie \
    frontline-oidc-frontline-web frontline-oidc-complaint-service frontline-oidc-incident-service \
    frontline-oidc-sanction-service frontline-oidc-notification-service frontline-oidc-callcenter-platform \
    frontline-oidc-door-system frontline-oidc-mail-gateway; do
  secret "$name"
done
kubectl -n "$ns" create secret generic frontline-smtp --from-literal=username=demo --from-literal=password="$(random)" \
  --dry-run=client -o yaml | kubectl apply -f -
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for pair in frontline-keycloak-tls:login.frontline.example frontline-tls:frontline.example; do
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=${pair#*:}" -keyout "$tmp/key" -out "$tmp/crt" 2>/dev/null
  kubectl -n "$ns" create secret tls "${pair%%:*}" --cert="$tmp/crt" --key="$tmp/key" --dry-run=client -o yaml | kubectl apply -f -
done
