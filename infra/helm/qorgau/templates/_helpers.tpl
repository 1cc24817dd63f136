{{/* Names and labels. Every object is named <release>-<app>; selectors use the app and instance labels. */}}
{{- define "qorgau.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .app | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "qorgau.selectorLabels" -}}
app.kubernetes.io/name: {{ .app }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "qorgau.labels" -}}
{{ include "qorgau.selectorLabels" . }}
app.kubernetes.io/part-of: qorgau
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "qorgau.image" -}}
{{- $registry := required "image.registry is required (where the Qorgau images were pushed, e.g. registry.mvd.kz/qorgau)" .root.Values.image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $registry) .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/* The public origin of the web app: CORS on the services allows it alone. */}}
{{- define "qorgau.webOrigin" -}}
{{- printf "https://%s" (required "ingress.host is required (the web app's public host name)" .Values.ingress.host) -}}
{{- end -}}

{{/* Pod-level settings shared by every Deployment and Job. */}}
{{- define "qorgau.podSpecCommon" -}}
{{- with .root.Values.image.pullSecrets }}
imagePullSecrets:
  {{- range . }}
  - name: {{ . }}
  {{- end }}
{{- end }}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
{{- with .settings.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .settings.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .settings.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Environment every app gets. */}}
{{- define "qorgau.env.common" -}}
- name: NODE_ENV
  value: {{ .Values.environment | quote }}
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: HOST
  value: "0.0.0.0"
{{- with .Values.otel.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* The HTTP services' hardening and token settings (packages/service-kit). */}}
{{- define "qorgau.env.http" -}}
- name: JWT_ISSUER
  value: {{ required "oidc.issuer is required (the ministry's OpenID Connect issuer URL)" .Values.oidc.issuer | quote }}
- name: JWT_JWKS_URL
  value: {{ required "oidc.jwksUrl is required (the issuer's JWKS URL)" .Values.oidc.jwksUrl | quote }}
- name: JWT_AUDIENCE
  value: {{ required "oidc.audience is required" .Values.oidc.audience | quote }}
- name: CORS_ORIGINS
  value: {{ include "qorgau.webOrigin" . | quote }}
- name: RATE_LIMIT_COMMANDS_PER_MINUTE
  value: {{ .Values.rateLimit.commandsPerMinute | quote }}
- name: HTTP_BODY_LIMIT
  value: {{ .Values.requestBodyLimit | quote }}
- name: METRICS_PORT
  value: "9464"
{{- end -}}

{{- define "qorgau.env.temporal" -}}
- name: TEMPORAL_ADDRESS
  value: {{ required "temporal.address is required (host:port of the Temporal frontend)" .Values.temporal.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ .Values.temporal.namespace | quote }}
- name: TEMPORAL_TASK_QUEUE
  value: {{ .Values.temporal.taskQueue | quote }}
{{- if .Values.temporal.tls.enabled }}
- name: TEMPORAL_TLS_CA_FILE
  value: /etc/qorgau/temporal-tls/ca.crt
- name: TEMPORAL_TLS_CERT_FILE
  value: /etc/qorgau/temporal-tls/tls.crt
- name: TEMPORAL_TLS_KEY_FILE
  value: /etc/qorgau/temporal-tls/tls.key
{{- with .Values.temporal.tls.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* Kafka for one client: .user is the key under kafka.sasl.users, .clientId the client id. */}}
{{- define "qorgau.env.kafka" -}}
{{- $kafka := .root.Values.kafka -}}
- name: KAFKA_BROKERS
  value: {{ join "," (required "kafka.brokers is required (host:port of the bootstrap servers)" $kafka.brokers) | quote }}
- name: KAFKA_CLIENT_ID
  value: {{ .clientId | quote }}
{{- if $kafka.tls.enabled }}
- name: KAFKA_SSL_CA_FILE
  value: /etc/qorgau/kafka-ca/ca.crt
{{- end }}
{{- if $kafka.sasl.enabled }}
{{- $user := index $kafka.sasl.users .user }}
- name: KAFKA_SASL_MECHANISM
  value: {{ $kafka.sasl.mechanism | quote }}
- name: KAFKA_SASL_USERNAME
  value: {{ $user.username | quote }}
- name: KAFKA_SASL_PASSWORD_FILE
  value: /etc/qorgau/kafka-sasl/password
{{- end }}
{{- end -}}

{{/*
  One service's database: .db is the key under postgres (cases, notifications, wellbeing). The user and the
  password come from the credentials Secret; the password reaches the driver as PGPASSWORD (node-postgres reads
  it when the URL has none), so no secret is ever part of a URL or a manifest.
*/}}
{{- define "qorgau.env.database" -}}
{{- $pg := .root.Values.postgres -}}
{{- $db := index $pg .db -}}
{{- $secret := required (printf "postgres.%s.credentialsSecret is required (a Secret with keys username and password)" .db) $db.credentialsSecret -}}
{{- $host := required (printf "postgres.%s.host is required" .db) $db.host -}}
{{- if not (has $pg.sslmode (list "disable" "verify-full")) -}}
{{- fail "postgres.sslmode must be disable or verify-full" -}}
{{- end -}}
{{- if and (eq $pg.sslmode "verify-full") (not $pg.caSecret.name) -}}
{{- fail "postgres.caSecret.name is required with sslmode verify-full (the CA that signed the server's certificate)" -}}
{{- end }}
- name: DATABASE_USER
  valueFrom: { secretKeyRef: { name: {{ $secret | quote }}, key: username } }
- name: PGPASSWORD
  valueFrom: { secretKeyRef: { name: {{ $secret | quote }}, key: password } }
- name: DATABASE_URL
  value: {{ printf "postgresql://$(DATABASE_USER)@%s:%v/%s" $host $pg.port $db.database | quote }}
- name: DATABASE_SSL_MODE
  value: {{ $pg.sslmode | quote }}
{{- if eq $pg.sslmode "verify-full" }}
- name: DATABASE_SSL_CA_FILE
  value: /etc/qorgau/postgres-ca/ca.crt
{{- end }}
{{- end -}}

{{/* Mounts for the secrets a pod needs: flags .postgres .kafka .temporal (booleans). */}}
{{- define "qorgau.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if and .postgres .root.Values.postgres.caSecret.name (eq .root.Values.postgres.sslmode "verify-full") }}
- name: postgres-ca
  mountPath: /etc/qorgau/postgres-ca
  readOnly: true
{{- end }}
{{- if and .kafka .root.Values.kafka.tls.enabled }}
- name: kafka-ca
  mountPath: /etc/qorgau/kafka-ca
  readOnly: true
{{- end }}
{{- if and .kafka .root.Values.kafka.sasl.enabled }}
- name: kafka-sasl
  mountPath: /etc/qorgau/kafka-sasl
  readOnly: true
{{- end }}
{{- if and .temporal .root.Values.temporal.tls.enabled }}
- name: temporal-tls
  mountPath: /etc/qorgau/temporal-tls
  readOnly: true
{{- end }}
{{- end -}}

{{- define "qorgau.volumes" -}}
- name: tmp
  emptyDir: { sizeLimit: 256Mi }
{{- $v := .root.Values }}
{{- if and .postgres $v.postgres.caSecret.name (eq $v.postgres.sslmode "verify-full") }}
- name: postgres-ca
  secret:
    secretName: {{ $v.postgres.caSecret.name | quote }}
    items: [{ key: {{ $v.postgres.caSecret.key | quote }}, path: ca.crt }]
{{- end }}
{{- if and .kafka $v.kafka.tls.enabled }}
- name: kafka-ca
  secret:
    secretName: {{ required "kafka.tls.caSecret.name is required with kafka.tls.enabled" $v.kafka.tls.caSecret.name | quote }}
    items: [{ key: {{ $v.kafka.tls.caSecret.key | quote }}, path: ca.crt }]
{{- end }}
{{- if and .kafka $v.kafka.sasl.enabled }}
{{- $user := index $v.kafka.sasl.users .user }}
- name: kafka-sasl
  secret:
    secretName: {{ required (printf "kafka.sasl.users.%s.passwordSecret.name is required" .user) $user.passwordSecret.name | quote }}
    items: [{ key: {{ $user.passwordSecret.key | quote }}, path: password }]
{{- end }}
{{- if and .temporal $v.temporal.tls.enabled }}
- name: temporal-tls
  secret:
    secretName: {{ required "temporal.tls.secretName is required with temporal.tls.enabled (tls.crt, tls.key, ca.crt)" $v.temporal.tls.secretName | quote }}
{{- end }}
{{- end -}}

{{- define "qorgau.probes" -}}
startupProbe:
  httpGet: { path: {{ .live }}, port: http }
  periodSeconds: 5
  failureThreshold: 60
livenessProbe:
  httpGet: { path: {{ .live }}, port: http }
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet: { path: {{ .ready }}, port: http }
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 3
{{- end -}}

{{- define "qorgau.metricsAnnotations" -}}
{{- if .root.Values.metrics.podAnnotations }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ .port | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- end -}}
