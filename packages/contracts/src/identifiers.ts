import { z } from 'zod';

// The formats every service accepts for references and days in requests. One place, so a DTO, an event schema
// and the API documentation say the same thing.

/**
 * An identifier: how Qorgau names a person (`personRef`), a unit, a document, an allegation, an item...
 * 1-100 ASCII letters, digits and `.` `_` `:` `-`, starting with a letter or digit. No spaces, no quotes, no
 * control, bidi or zero-width characters, no emoji: an identifier is compared byte for byte and shown as is.
 */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const IDENTIFIER_RULE =
  'must be 1-100 letters (A-Z, a-z), digits, . _ : - starting with a letter or digit';
export const identifier = z
  .string()
  .regex(IDENTIFIER_PATTERN, IDENTIFIER_RULE)
  .describe(`Identifier (${IDENTIFIER_RULE}); a person must exist in the directory`);

/**
 * A short label a person types (a legal citation, a procedural step, a file name, a media type): 1-200
 * characters on one line, in any script, without control, format (bidi marks, zero-width) or unassigned
 * characters, so what is shown is what was stored.
 */
export const LABEL_PATTERN = /^[^\p{C}]{1,200}$/u;
export const label = z
  .string()
  .trim()
  .regex(
    LABEL_PATTERN,
    'must be 1-200 characters on one line, without control or invisible formatting characters',
  );

/** The calendar days a case may name: an internal investigation concerns the present, not year 0 or 3000. */
export const EARLIEST_CASE_DAY = '2000-01-01';
export const LATEST_CASE_DAY = '2099-12-31';
export const CASE_DAY_RULE = `must be a calendar day YYYY-MM-DD from ${EARLIEST_CASE_DAY} to ${LATEST_CASE_DAY}`;
export const caseDay = z.iso
  .date(CASE_DAY_RULE)
  .refine((day) => day >= EARLIEST_CASE_DAY && day <= LATEST_CASE_DAY, { message: CASE_DAY_RULE })
  .describe(`Calendar day YYYY-MM-DD, ${EARLIEST_CASE_DAY} to ${LATEST_CASE_DAY}`);
