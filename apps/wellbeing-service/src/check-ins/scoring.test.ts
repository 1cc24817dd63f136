import { LANGUAGES, QUESTIONNAIRE, CONCERN_PROMPT_TEXT, CONTACT_REQUEST_TEXT } from './questionnaire';
import { isCompleteAnswers, scoreCheckIn, URGENT_TOTAL_THRESHOLD, type Answers } from './scoring';

const calm: Answers = {
  isolation: 'never',
  'colleagues-attitude': 'disagree',
  'loyalty-doubt': 'disagree',
  'procedure-trust': 'agree',
  'organizational-support': 'agree',
  strain: 'never',
  burnout: 'never',
};

describe('questionnaire', () => {
  it('has every question and option in kk, ru and en, none blank', () => {
    const texts = [
      CONTACT_REQUEST_TEXT,
      CONCERN_PROMPT_TEXT,
      ...QUESTIONNAIRE.flatMap((item) => [item.text, ...item.options.map((option) => option.text)]),
    ];
    for (const text of texts) for (const lang of LANGUAGES) expect(text[lang].trim()).not.toBe('');
  });

  it('gives every item a full 0..3 scale', () => {
    for (const item of QUESTIONNAIRE) {
      expect(item.options.map((o) => o.points).sort()).toEqual([0, 1, 2, 3]);
    }
  });
});

describe('scoreCheckIn', () => {
  it('scores a calm check-in 0 and not urgent', () => {
    expect(scoreCheckIn(calm, false)).toEqual({
      total: 0,
      byDimension: { stigmatization: 0, trust: 0, strain: 0 },
      urgent: false,
      reasons: [],
    });
  });

  it('reverse-keys the trust items: disagreeing with "treated fairly" scores high', () => {
    const score = scoreCheckIn({ ...calm, 'procedure-trust': 'disagree' }, false);
    expect(score.byDimension.trust).toBe(3);
    expect(score.urgent).toBe(false);
  });

  it.each(['isolation', 'strain', 'burnout'] as const)('marks %s at the worst level urgent', (item) => {
    const score = scoreCheckIn({ ...calm, [item]: 'almost-always' }, false);
    expect(score.urgent).toBe(true);
    expect(score.reasons).toEqual([`worst-level:${item}`]);
  });

  it('does not mark a single worst answer on another item urgent', () => {
    expect(scoreCheckIn({ ...calm, 'loyalty-doubt': 'agree' }, false).urgent).toBe(false);
  });

  it('marks a total at the threshold urgent, one below not', () => {
    const often: Answers = {
      isolation: 'often',
      'colleagues-attitude': 'rather-agree',
      'loyalty-doubt': 'rather-agree',
      'procedure-trust': 'rather-disagree',
      'organizational-support': 'rather-disagree',
      strain: 'often',
      burnout: 'sometimes',
    };
    const below = scoreCheckIn(often, false);
    expect(below.total).toBe(URGENT_TOTAL_THRESHOLD - 1);
    expect(below.urgent).toBe(false);
    const at = scoreCheckIn({ ...often, burnout: 'often' }, false);
    expect(at.total).toBe(URGENT_TOTAL_THRESHOLD);
    expect(at.reasons).toEqual(['total-at-or-above-threshold']);
  });

  it('marks a contact request urgent whatever the answers', () => {
    expect(scoreCheckIn(calm, true).reasons).toEqual(['contact-requested']);
  });

  it('recognises incomplete or unknown answers', () => {
    expect(isCompleteAnswers(calm)).toBe(true);
    expect(isCompleteAnswers({ ...calm, strain: 'maybe' })).toBe(false);
    const { burnout: _burnout, ...missing } = calm;
    expect(isCompleteAnswers(missing)).toBe(false);
  });
});
