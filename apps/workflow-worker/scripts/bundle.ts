import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WORKFLOW_INTERCEPTOR_MODULES } from '../src/observability/tracing';
import { WORKFLOWS_PATH } from '../src/worker';

/** Build step: bundles the workflow code once into dist/workflow-bundle.js (loaded with `workflowBundle: { codePath }`). */
async function main(): Promise<void> {
  // Temporal's OpenTelemetry interceptors go into the bundle: a prebuilt bundle ignores `interceptors.workflowModules`.
  const { code } = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
  });
  const out = path.resolve(__dirname, '..', 'workflow-bundle.js');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, code);
  console.log(`workflow bundle: ${out} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
