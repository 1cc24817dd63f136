import { emptyDraft, fieldOf, reportBody } from './report-draft';

describe('the report form as a request', () => {
  it('makes the violation about the people marked as its subjects, and links evidence to its allegation', () => {
    const draft = emptyDraft();
    draft.source = 'report';
    draft.parties = [
      { personRef: ' officer-a ', roles: ['applicant', 'subject'] },
      { personRef: 'officer-b', roles: ['subject'] },
      { personRef: 'colleague-c', roles: ['witness'] },
    ];
    draft.allegations = [
      { byRef: 'officer-a', againstRef: 'officer-b', kind: 'physical-harm', description: 'A slap' },
    ];
    draft.evidence = [{ kind: 'party-statement', description: "A's report", allegation: '0' }];
    const body = reportBody(draft);
    expect(body.violations[0]?.subjectRefs).toEqual(['officer-a', 'officer-b']);
    expect(body.parties[0]?.personRef).toBe('officer-a');
    expect(body.allegations).toEqual([expect.objectContaining({ id: 'al-1', kind: 'physical-harm' })]);
    expect(body.evidence).toEqual([expect.objectContaining({ id: 'ev-1', allegationIds: ['al-1'] })]);
  });

  it('places each field the service names on its input', () => {
    expect(fieldOf('parties.1.personRef')?.fieldId).toBe('report-party-1-person');
    expect(fieldOf('violations.0.gravity')?.fieldId).toBe('report-violation-gravity');
    expect(fieldOf('violations.0.subjectRefs')?.fieldId).toBe('report-party-0-roles');
    expect(fieldOf('allegations.0.againstRef')?.fieldId).toBe('report-allegation-0-againstRef');
    expect(fieldOf('evidence.0.allegationIds')?.fieldId).toBe('report-evidence-0-allegation');
    expect(fieldOf('source')?.fieldId).toBe('report-source');
  });
});
