// The workflow bundle's entry point (workflowsPath / bundleWorkflowCode): workflow functions only.
export { investigationWorkflow } from './investigation';
export { supportFollowUpWorkflow } from './support-follow-up';
export { appealWorkflow } from './appeal';
