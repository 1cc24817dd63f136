/** The officer's own support after a case: plans, consent and the check-in questionnaire. */
export const supportEn: Record<string, string> = {
  'support.plans.title': 'Support offered to me',
  'support.plans.none': 'No support plan at the moment.',
  'support.plan.case': 'Support after case {caseId}',
  'support.plan.other': 'Support after an incident on duty',
  'support.plan.offer':
    'A psychologist of the unit checks in with you now and then. Your answers go to the wellbeing staff only, never to your commanders or the case.',
  'support.consent.pending': 'You have not decided yet.',
  'support.consent.given': 'You agreed to be contacted.',
  'support.consent.declined': 'You declined. Nobody will contact you about this plan.',
  'support.consent.stopped': 'You stopped the support. Nobody will contact you about this plan.',
  'support.consent.give': 'Yes, I agree',
  'support.consent.decline': 'No, thank you',
  'support.consent.stop': 'Stop the support',
  'support.checkIn.start': 'Answer the check-in',
  'support.checkIn.title': 'How are you?',
  'support.checkIn.intro':
    'Pick the answer closest to how things have been for you lately. It takes about two minutes.',
  'support.checkIn.choose': 'Choose an answer: {label}',
  'support.checkIn.send': 'Send my answers',
  'support.checkIn.sentTitle': 'Thank you',
  'support.checkIn.sent': 'Your answers have been sent to the wellbeing staff.',
  'support.checkIn.sentContact':
    'Your answers have been sent to the wellbeing staff. A psychologist will contact you soon.',
  'support.back': 'Back to My wellbeing',
};
