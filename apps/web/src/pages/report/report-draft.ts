// The report form's state and the request body it becomes (POST /cases). Identifiers of the violation, the
// allegations and the evidence are the form's own (`v-1`, `al-1`, `ev-1`); the service checks every rule.

export const PARTY_ROLES = ['applicant', 'subject', 'witness'] as const;
export const GRAVITIES = ['ordinary', 'gross', 'discrediting', 'ethics'] as const;
export const ALLEGATION_KINDS = ['physical-harm', 'verbal-abuse', 'other'] as const;
export const EVIDENCE_KINDS = [
  'recording',
  'documented-injury',
  'medical-report',
  'witness-statement',
  'party-statement',
  'document',
  'other',
] as const;

export interface PartyRow {
  personRef: string;
  roles: string[];
}
export interface AllegationRow {
  byRef: string;
  againstRef: string;
  kind: string;
  description: string;
}
export interface EvidenceRow {
  kind: string;
  description: string;
  /** Index of the allegation it bears on, or '' for none. */
  allegation: string;
}
export interface ReportDraft {
  source: string;
  parties: PartyRow[];
  violation: {
    description: string;
    misconductType: string;
    gravity: string;
    committedOn: string;
    discoveredOn: string;
  };
  allegations: AllegationRow[];
  evidence: EvidenceRow[];
}

export const emptyDraft = (): ReportDraft => ({
  source: '',
  parties: [{ personRef: '', roles: [] }],
  violation: { description: '', misconductType: '', gravity: '', committedOn: '', discoveredOn: '' },
  allegations: [],
  evidence: [],
});

const allegationId = (i: number) => `al-${i + 1}`;

/** The body of `POST /cases`; blanks are sent as they are, so the service names what is missing. */
export function reportBody(d: ReportDraft) {
  const parties = d.parties.map((p) => ({ personRef: p.personRef.trim(), roles: p.roles }));
  return {
    source: d.source,
    parties,
    violations: [
      {
        id: 'v-1',
        ...d.violation,
        // The officers the report concerns are the violation's subjects.
        subjectRefs: parties.filter((p) => p.roles.includes('subject')).map((p) => p.personRef),
      },
    ],
    allegations: d.allegations.map((a, i) => ({ id: allegationId(i), ...a })),
    evidence: d.evidence.map((e, i) => ({
      id: `ev-${i + 1}`,
      kind: e.kind,
      description: e.description,
      allegationIds: e.allegation === '' ? [] : [allegationId(Number(e.allegation))],
    })),
  };
}

/**
 * Where a field the service names (`parties.0.personRef`, `violations.0.gravity`, `allegations.1.kind`) is on the
 * form: the input's id, and the catalogue key of its label.
 */
export function fieldOf(path: string): { fieldId: string; labelId: string } | undefined {
  const [group, index, name] = path.split('.');
  if (group === 'source') return { fieldId: 'report-source', labelId: 'report.source' };
  if (group === 'parties' && index !== undefined) {
    const field = name === 'roles' ? 'roles' : 'person';
    return { fieldId: `report-party-${index}-${field}`, labelId: `report.party.${field}` };
  }
  if (group === 'parties') return { fieldId: 'report-party-0-roles', labelId: 'report.party.roles' };
  if (group === 'violations') {
    const field = name === 'subjectRefs' || name === undefined ? 'subjects' : name;
    if (field === 'subjects' || field === 'id')
      return { fieldId: 'report-party-0-roles', labelId: 'report.party.roles' };
    return { fieldId: `report-violation-${field}`, labelId: `report.violation.${field}` };
  }
  if ((group === 'allegations' || group === 'evidence') && index !== undefined && name) {
    const prefix = group === 'allegations' ? 'allegation' : 'evidence';
    const field = name === 'allegationIds' ? 'allegation' : name;
    return { fieldId: `report-${prefix}-${index}-${field}`, labelId: `report.${prefix}.${field}` };
  }
  return undefined;
}
