{{/*
  The apps of the chart, one entry each: the values key, the image, the HTTP port, the probe paths, and what the
  pod connects to (database key, Kafka user, Temporal). Deployments, Services, PDBs, HPAs and NetworkPolicies
  are all rendered from this list.
*/}}
{{- define "qorgau.apps" -}}
cases-service:
  key: casesService
  command: [node, dist/main.js]
  live: /health/live
  ready: /health/ready
  metricsPort: 9464
  database: cases
  kafkaUser: casesService
  temporal: true
  public: true
notifications-service:
  key: notificationsService
  command: [node, dist/main.js]
  live: /health/live
  ready: /health/ready
  metricsPort: 9464
  database: notifications
  kafkaUser: notificationsService
  temporal: false
  public: true
wellbeing-service:
  key: wellbeingService
  command: [node, dist/main.js]
  live: /health/live
  ready: /health/ready
  metricsPort: 9464
  database: wellbeing
  kafkaUser: wellbeingService
  temporal: true
  public: true
workflow-worker:
  key: workflowWorker
  command: [node, dist/src/main.js]
  live: /healthz
  ready: /readyz
  metricsPort: 0
  database: cases
  kafkaUser: ""
  temporal: true
  public: false
web:
  key: web
  command: [node, dist-server/main.js]
  live: /healthz
  ready: /healthz
  metricsPort: 0
  database: ""
  kafkaUser: ""
  temporal: false
  public: true
{{- end -}}

{{/* Environment particular to each app (after the shared parts). */}}
{{- define "qorgau.env.cases-service" -}}
- name: QORGAU_TIME_SCALE
  value: {{ .Values.timeScale | quote }}
{{- $evidence := .Values.casesService.evidence }}
{{- if eq $evidence.store "s3" }}
- name: EVIDENCE_STORE
  value: s3
- name: S3_ENDPOINT
  value: {{ required "casesService.evidence.s3.endpoint is required with store s3" $evidence.s3.endpoint | quote }}
- name: S3_BUCKET
  value: {{ required "casesService.evidence.s3.bucket is required with store s3" $evidence.s3.bucket | quote }}
{{- with $evidence.s3.region }}
- name: AWS_REGION
  value: {{ . | quote }}
{{- end }}
- name: AWS_ACCESS_KEY_ID
  valueFrom: { secretKeyRef: { name: {{ required "casesService.evidence.s3.credentialsSecret is required with store s3" $evidence.s3.credentialsSecret | quote }}, key: AWS_ACCESS_KEY_ID } }
- name: AWS_SECRET_ACCESS_KEY
  valueFrom: { secretKeyRef: { name: {{ $evidence.s3.credentialsSecret | quote }}, key: AWS_SECRET_ACCESS_KEY } }
{{- else if eq $evidence.store "disk" }}
- name: EVIDENCE_DIR
  value: /var/lib/qorgau/evidence
{{- else }}
{{- fail "casesService.evidence.store must be s3 or disk" }}
{{- end }}
{{- end -}}

{{- define "qorgau.env.notifications-service" -}}
{{- $smtp := .Values.notificationsService.smtp }}
- name: SMTP_HOST
  value: {{ required "notificationsService.smtp.host is required (the ministry's mail relay)" $smtp.host | quote }}
- name: SMTP_PORT
  value: {{ $smtp.port | quote }}
- name: SMTP_SECURE
  value: {{ $smtp.secure | quote }}
- name: SMTP_FROM
  value: {{ $smtp.from | quote }}
- name: DEFAULT_LOCALE
  value: {{ .Values.notificationsService.defaultLocale | quote }}
{{- end -}}

{{- define "qorgau.env.wellbeing-service" -}}
- name: QORGAU_TIME_SCALE
  value: {{ .Values.timeScale | quote }}
- name: CASES_SERVICE_URL
  value: {{ printf "http://%s:%v" (include "qorgau.fullname" (dict "root" . "app" "cases-service")) .Values.casesService.port | quote }}
{{- end -}}

{{- define "qorgau.env.workflow-worker" -}}
- name: WORKER_MAX_CONCURRENT_ACTIVITIES
  value: {{ .Values.workflowWorker.maxConcurrentActivities | quote }}
- name: WORKER_MAX_CONCURRENT_WORKFLOW_TASKS
  value: {{ .Values.workflowWorker.maxConcurrentWorkflowTasks | quote }}
- name: WORKER_MAX_CACHED_WORKFLOWS
  value: {{ .Values.workflowWorker.maxCachedWorkflows | quote }}
- name: WORKER_RUN_MIGRATIONS
  value: "false"
- name: WORKER_HTTP_HOST
  value: "0.0.0.0"
- name: WORKER_HTTP_PORT
  value: {{ .Values.workflowWorker.port | quote }}
{{- end -}}

{{- define "qorgau.env.web" -}}
- name: WEB_OIDC_AUTHORITY
  value: {{ required "oidc.issuer is required (the ministry's OpenID Connect issuer URL)" .Values.oidc.issuer | quote }}
- name: WEB_OIDC_CLIENT_ID
  value: {{ .Values.oidc.webClientId | quote }}
- name: WEB_OIDC_SCOPE
  value: {{ .Values.oidc.scope | quote }}
{{- range $api := list "cases" "notifications" "wellbeing" }}
{{- $key := printf "%sService" $api }}
- name: {{ printf "WEB_API_%s_URL" (upper $api) }}
  value: {{ printf "http://%s:%v" (include "qorgau.fullname" (dict "root" $ "app" (printf "%s-service" $api))) (index $.Values $key).port | quote }}
{{- end }}
{{- end -}}
