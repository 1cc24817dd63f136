/** Поддержка сотрудника после дела: планы, согласие и анкета. */
export const supportRu: Record<string, string> = {
  'support.plans.title': 'Предложенная мне поддержка',
  'support.plans.none': 'Сейчас плана поддержки нет.',
  'support.plan.case': 'Поддержка после дела {caseId}',
  'support.plan.other': 'Поддержка после происшествия на службе',
  'support.plan.offer':
    'Психолог подразделения время от времени узнаёт, как у вас дела. Ваши ответы видят только специалисты по поддержке, но не руководство и не участники дела.',
  'support.consent.pending': 'Вы ещё не решили.',
  'support.consent.given': 'Вы согласились на связь.',
  'support.consent.declined': 'Вы отказались. По этому плану с вами не свяжутся.',
  'support.consent.stopped': 'Вы прекратили поддержку. По этому плану с вами не свяжутся.',
  'support.consent.give': 'Да, я согласен',
  'support.consent.decline': 'Нет, спасибо',
  'support.consent.stop': 'Прекратить поддержку',
  'support.checkIn.start': 'Ответить на анкету',
  'support.checkIn.title': 'Как вы?',
  'support.checkIn.intro':
    'Выберите ответ, который ближе всего к тому, как у вас дела в последнее время. Это займёт около двух минут.',
  'support.checkIn.choose': 'Выберите ответ: {label}',
  'support.checkIn.send': 'Отправить ответы',
  'support.checkIn.sentTitle': 'Спасибо',
  'support.checkIn.sent': 'Ваши ответы отправлены специалистам по поддержке.',
  'support.checkIn.sentContact':
    'Ваши ответы отправлены специалистам по поддержке. Психолог скоро свяжется с вами.',
  'support.back': 'Назад к разделу «Моё самочувствие»',
};
