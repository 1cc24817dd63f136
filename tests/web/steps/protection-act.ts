// Officer B's Protection Act in its editor, by clicking: one item per section from the seed's act (b-1..b-5), the
// protection evidence with an uploaded file, the draft saved by the page; then filed after confirmation. Used by the
// walk (seed-case.int.test.ts) and by officer-case.int.test.ts, which also tests the draft, a validation error and
// a 412 around these steps.
import { B_PROTECTION_ACT } from '@qorgau/domain/test-support';
import { type Locator, type Page } from 'playwright-core';

/** The uploaded file behind the protection evidence (the seed's b-6). */
export const SHIFT_LOG = { name: 'shift-log.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 shift log' };
export const EVIDENCE_TEXT = 'The shift log shows I was at the desk';

/** Adds an item to `section` and types `values` into its fields (by the field's id suffix). */
export async function addItem(page: Page, section: string, values: Record<string, string>): Promise<Locator> {
  await page.getByTestId(`add-${section}`).click();
  const item = page.getByTestId(`pa-item-${section}`).last();
  for (const [field, value] of Object.entries(values)) {
    const input = item.locator(`[id$="-${field}"]`).first();
    if (field === 'action') await input.selectOption(value);
    else await input.fill(value);
  }
  return item;
}

/**
 * Opens the editor of the case and writes the seed's act: b-1..b-5 as typed items, then the protection evidence
 * with the shift log uploaded; waits until the page says the draft is saved (its time).
 */
export async function writeProtectionAct(page: Page, webUrl: string, caseId: string): Promise<void> {
  await page.goto(`${webUrl}/cases/${caseId}/protection-act`);
  await page.getByTestId('add-objections').waitFor();
  for (const item of B_PROTECTION_ACT.filter((i) => i.section !== 'protection-evidence')) {
    const { id: _id, section, ...fields } = item as unknown as Record<string, unknown> & { section: string };
    const values = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : String(v)]),
    );
    await addItem(page, section, values);
  }
  const evidence = await addItem(page, 'protection-evidence', { text: EVIDENCE_TEXT });
  const chooser = page.waitForEvent('filechooser');
  await evidence.getByRole('button', { name: /файл|file/i }).click();
  await (
    await chooser
  ).setFiles({ name: SHIFT_LOG.name, mimeType: SHIFT_LOG.mimeType, buffer: Buffer.from(SHIFT_LOG.text) });
  await evidence.getByText(SHIFT_LOG.name).waitFor();
  await page
    .getByTestId('draft-status')
    .filter({ hasText: /\d{2}:\d{2}/ })
    .waitFor({ timeout: 30_000 });
}

/** Files the act: submit, confirm, and wait until the page says it was filed (a refusal fails with its words). */
export async function fileProtectionAct(page: Page): Promise<void> {
  await page.getByTestId('pa-submit').click();
  await page.getByTestId('pa-confirm').click();
  const refused = page.getByTestId('error-summary').or(page.getByTestId('precondition-failed'));
  await page.getByTestId('pa-submitted').or(refused).first().waitFor({ timeout: 60_000 });
  if (await refused.first().isVisible())
    throw new Error(`the Protection Act was refused: ${await refused.first().textContent()}`);
}
