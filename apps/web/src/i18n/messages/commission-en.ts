/** The commission's agenda and session screen, the wellbeing desk and the walls (issue 12). */
export const commissionEn: Record<string, string> = {
  'nav.commission': 'Commission',
  'nav.desk': 'Wellbeing desk',
  'wall.title': 'Not permitted',
  'wall.body':
    'This page is not open to your role. Disciplinary work and wellbeing support are kept apart: neither side sees the other’s records.',
  'commission.agenda.title': 'Commission agenda',
  'commission.agenda.empty': 'No session is scheduled with you on the commission.',
  'commission.agenda.session': 'Session on {date} — case {caseId}',
  'commission.agenda.details': 'Your seat: {seat}. Subjects: {subjects}. Notified on {notified}.',
  'commission.role.chair': 'chair',
  'commission.role.secretary': 'secretary',
  'commission.role.member': 'member',
  'commission.session.title': 'Commission session on {date} — case {caseId}',
  'commission.notice.title': 'Notice to the employee',
  'commission.notice.kept':
    'Notified on {notified}; with {days} working day(s) of notice the session may sit from {earliest}. The notice is kept ({citation}).',
  'commission.notice.short':
    'Notified on {notified}; with {days} working day(s) of notice the session may sit only from {earliest}. The notice is too short ({citation}).',
  'commission.notice.unknown':
    'The service does not hold this case’s calendar: the notice is checked when the minutes are recorded.',
  'commission.members.title': 'Members present',
  'commission.quorum.reached':
    'Quorum reached: {present} of {size} members present, {required} required ({citation}).',
  'commission.quorum.missing':
    'No quorum: {present} of {size} members present, {required} required ({citation}). The commission may not sit.',
  'commission.recusal': 'Recused: {interest}',
  'commission.interest.party': 'a party to the case',
  'commission.interest.relative': 'a relative of a party',
  'commission.interest.line-manager': 'line manager of a party',
  'commission.interest.subordinate': 'subordinate of a party',
  'commission.interest.personal-interest': 'a personal interest',
  'commission.interest.other': 'another interest',
  'commission.subject.title': 'Subject: {person}',
  'commission.pa.title': 'Protection Act and the answers',
  'commission.pa.none': 'No Protection Act was filed.',
  'commission.comparable.title': 'Comparable cases',
  'commission.comparable.suppressed':
    '{n} comparable decision(s): too few to show without revealing someone’s decision.',
  'commission.comparable.typical': 'Typical outcome of {n} comparable decisions: {outcome}.',
  'commission.outcome.none': 'no penalty',
  'commission.outcome.end': 'end the proceedings',
  'commission.vote.title': 'Open vote and minutes',
  'commission.vote.chairRule':
    'Each member present votes openly. An outcome needs a majority of those present; when outcomes tie for the most votes, the chair’s vote ({chair}) decides (art. 58-1).',
  'commission.vote.subject': 'The vote on {person}',
  'commission.vote.of': 'Vote of {member} on {person}',
  'commission.participation.label': 'How the employee took part',
  'commission.participation.in-person': 'in person',
  'commission.participation.video': 'by video link',
  'commission.participation.unexcused-no-show': 'did not come, without a valid reason',
  'commission.participation.written-refusal': 'refused in writing',
  'commission.participation.excused-absence': 'absent for a valid reason',
  'commission.justification.label': 'Justification of identical penalties (if any)',
  'commission.justification.hint':
    'Needed only when both sides of a conflict get the same penalty while the facts are not fully established.',
  'commission.vote.record': 'Record the minutes',
  'commission.vote.recorded': 'The minutes are recorded.',
  'commission.minutes.title': 'Minutes',
  'commission.minutes.held': 'Held on {date}. Present: {present}.',
  'commission.minutes.recommendation': '{person}: {outcome} (votes: {counts})',
  'commission.minutes.byChair': 'The votes tied: the chair’s vote decided (art. 58-1).',
  'commission.refusal.COMMISSION_NO_QUORUM':
    'No quorum: at least two thirds of the commission must be present (art. 58-1).',
  'commission.refusal.COMMISSION_NOTICE_TOO_SHORT':
    'The employee was not notified early enough before the session (art. 58-1).',
  'commission.refusal.COMMISSION_NO_MAJORITY':
    'No outcome has a majority of those present, and the chair’s vote does not break a tie: vote again (art. 58-1).',
  'commission.refusal.COMMISSION_VOTE_INVALID':
    'Every member present votes once, openly, and only members present vote (art. 58-1).',
  'commission.refusal.SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED':
    'Identical penalties for both sides of a conflict while the facts are not fully established need a written justification (symmetric-sanction guard, art. 57 p.6).',
  'commission.refusal.RECUSAL_REQUIRED':
    'A member with an interest in the case may not take part (art. 58 p.2).',
};
