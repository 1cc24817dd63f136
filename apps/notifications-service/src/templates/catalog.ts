import { type Locale } from '@qorgau/service-kit';

/** A message in one language: the title (inbox line, e-mail subject) and the body. ICU MessageFormat. */
export interface LocalizedMessage {
  readonly title: string;
  readonly body: string;
}

export type TemplateMessages = Readonly<Record<Locale, LocalizedMessage>>;

// Shared ICU fragments. Each language spells its own plural categories: Russian needs one/few/many/other
// (1 день, 2 дня, 5 дней), Kazakh nouns do not change after numerals, English has one/other.
const DAYS = {
  kk: '{days, plural, one {# күн} other {# күн}}',
  ru: '{days, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  en: '{days, plural, one {# day} other {# days}}',
};

const CLOCK = {
  kk: '{clock, select, explanation {түсініктеме беру мерзімі} investigation {тергеу мерзімі} conclusion_approval {қорытындыны бекіту мерзімі} conclusion_familiarization {қорытындымен таныстыру мерзімі} protection_act_window {қорғау актісін беру мерзімі} order_announcement {бұйрықты жариялау мерзімі} appeal {шағымдану мерзімі} other {процессуалдық мерзім}}',
  ru: '{clock, select, explanation {срок объяснения} investigation {срок расследования} conclusion_approval {срок утверждения заключения} conclusion_familiarization {срок ознакомления с заключением} protection_act_window {срок подачи акта защиты} order_announcement {срок объявления приказа} appeal {срок обжалования} other {процессуальный срок}}',
  en: '{clock, select, explanation {explanation deadline} investigation {investigation term} conclusion_approval {conclusion approval deadline} conclusion_familiarization {conclusion familiarization deadline} protection_act_window {Protection Act window} order_announcement {order announcement deadline} appeal {appeal period} other {procedural deadline}}',
};

const PENALTY = {
  kk: '{penalty, select, remark {ескерту} reprimand {сөгіс} severe_reprimand {қатаң сөгіс} incomplete_compliance_warning {толық қызметтік сәйкес еместігі туралы ескерту} removal_from_post {лауазымынан босату} rank_demotion {арнаулы атағын бір сатыға төмендету} dismissal {қызметтен шығару} dismissal_with_loss_of_honours {құрметті атақтарынан айыра отырып қызметтен шығару} dismissal_with_loss_of_rank {арнаулы атағынан айыра отырып қызметтен шығару} other {тәртіптік жаза}}',
  ru: '{penalty, select, remark {замечание} reprimand {выговор} severe_reprimand {строгий выговор} incomplete_compliance_warning {предупреждение о неполном служебном соответствии} removal_from_post {освобождение от занимаемой должности} rank_demotion {понижение в специальном звании на одну ступень} dismissal {увольнение} dismissal_with_loss_of_honours {увольнение с лишением почётных званий} dismissal_with_loss_of_rank {увольнение с лишением специального звания} other {дисциплинарное взыскание}}',
  en: '{penalty, select, remark {a remark} reprimand {a reprimand} severe_reprimand {a severe reprimand} incomplete_compliance_warning {a warning of incomplete official compliance} removal_from_post {removal from post} rank_demotion {demotion in rank by one step} dismissal {dismissal} dismissal_with_loss_of_honours {dismissal with loss of honorary titles} dismissal_with_loss_of_rank {dismissal with loss of special rank} other {a disciplinary penalty}}',
};

/**
 * Every message anyone is told, in Kazakh, Russian and English. The catalog test fails if a language is
 * missing or uses different variables. Dates are `{x, date, day}` (formatted in the reader's language);
 * variables carry only what the recipient may read (routing decides, see routing/).
 */
export const TEMPLATES = {
  'case-registered': {
    kk: {
      title: '{caseId} ісі тіркелді',
      body: 'Сіздің {caseId} ісі бойынша өтінішіңіз тіркелді. Іс барысы туралы сізге хабарлаймыз.',
    },
    ru: {
      title: 'Дело {caseId} зарегистрировано',
      body: 'Ваше обращение по делу {caseId} зарегистрировано. Мы будем сообщать вам о ходе дела.',
    },
    en: {
      title: 'Case {caseId} registered',
      body: 'Your report in case {caseId} has been registered. We will keep you informed of its progress.',
    },
  },
  'explanation-demanded': {
    kk: {
      title: '{caseId} ісі бойынша түсініктеме талап етіледі',
      body: 'Сізден {caseId} ісі бойынша жазбаша түсініктеме {dueOn, date, day} дейін талап етіледі (380-IV Заңның 57-бабы 3-тармағы).',
    },
    ru: {
      title: 'Требуется объяснение по делу {caseId}',
      body: 'От вас требуется письменное объяснение по делу {caseId} до {dueOn, date, day} (п. 3 ст. 57 Закона № 380-IV).',
    },
    en: {
      title: 'Explanation requested in case {caseId}',
      body: 'You are asked for a written explanation in case {caseId} by {dueOn, date, day} (Law 380-IV, art. 57 p.3).',
    },
  },
  'investigation-assigned': {
    kk: {
      title: '{caseId} ісі бойынша тергеу тағайындалды',
      body: 'Сізге {caseId} ісі бойынша қызметтік тергеу тапсырылды. Мерзімі: {dueOn, date, day}.',
    },
    ru: {
      title: 'Назначено расследование по делу {caseId}',
      body: 'Вам поручено служебное расследование по делу {caseId}. Срок: {dueOn, date, day}.',
    },
    en: {
      title: 'Investigation assigned: case {caseId}',
      body: 'You have been assigned the internal investigation in case {caseId}. Due: {dueOn, date, day}.',
    },
  },
  'protection-act-window-opened': {
    kk: {
      title: 'Қорғау актісін беру мерзімі ашылды',
      body: '{caseId} ісі бойынша қорғау актісін {opensOn, date, day} бастап {closesOn, date, day} дейін бере аласыз. Әр тармаққа дәлелді жауап беріледі.',
    },
    ru: {
      title: 'Открыт срок подачи акта защиты',
      body: 'По делу {caseId} вы можете подать акт защиты с {opensOn, date, day} по {closesOn, date, day}. На каждый пункт будет дан мотивированный ответ.',
    },
    en: {
      title: 'Protection Act window opened',
      body: 'In case {caseId} you may file a Protection Act from {opensOn, date, day} to {closesOn, date, day}. Every item will get a reasoned answer.',
    },
  },
  'protection-act-window-closing': {
    kk: {
      title: `Қорғау актісін беру мерзімінің аяқталуына ${DAYS.kk} қалды`,
      body: `{caseId} ісі бойынша қорғау актісін беру мерзімі ${DAYS.kk} ішінде, {closesOn, date, day} аяқталады.`,
    },
    ru: {
      title: `Срок подачи акта защиты истекает через ${DAYS.ru}`,
      body: `Срок подачи акта защиты по делу {caseId} истекает через ${DAYS.ru}, {closesOn, date, day}.`,
    },
    en: {
      title: `Protection Act window closes in ${DAYS.en}`,
      body: `Your Protection Act window in case {caseId} closes in ${DAYS.en}, on {closesOn, date, day}.`,
    },
  },
  'protection-act-window-extended': {
    kk: {
      title: 'Қорғау актісін беру мерзімі ұзартылды',
      body: '{caseId} ісі бойынша қорғау актісін беру мерзімі {closesOn, date, day} дейін ұзартылды.',
    },
    ru: {
      title: 'Срок подачи акта защиты продлён',
      body: 'Срок подачи акта защиты по делу {caseId} продлён до {closesOn, date, day}.',
    },
    en: {
      title: 'Protection Act window extended',
      body: 'Your Protection Act window in case {caseId} now closes on {closesOn, date, day}.',
    },
  },
  'protection-act-filed': {
    kk: {
      title: '{caseId} ісі бойынша қорғау актісі берілді',
      body: '{caseId} ісі бойынша қорғау актісі берілді. Тергеу аяқталғанға дейін әр тармаққа дәлелді жауап беріңіз.',
    },
    ru: {
      title: 'Подан акт защиты по делу {caseId}',
      body: 'По делу {caseId} подан акт защиты. Дайте мотивированный ответ на каждый пункт до завершения расследования.',
    },
    en: {
      title: 'Protection Act filed in case {caseId}',
      body: 'A Protection Act was filed in case {caseId}. Give every item a reasoned answer before the investigation can conclude.',
    },
  },
  'protection-act-item-answered': {
    kk: {
      title: 'Қорғау актісінің тармағына жауап берілді',
      body: '{caseId} ісі бойынша {itemId} тармағына жауап: {decision, select, granted {қанағаттандырылды} partly {ішінара қанағаттандырылды} refused {бас тартылды} verification_performed {тексеру жүргізілді} other {жауап берілді}}. Негіздемесін істің материалдарынан қараңыз.',
    },
    ru: {
      title: 'Дан ответ на пункт акта защиты',
      body: 'Ответ на пункт {itemId} по делу {caseId}: {decision, select, granted {удовлетворено} partly {удовлетворено частично} refused {отказано} verification_performed {проверка проведена} other {ответ дан}}. Обоснование смотрите в материалах дела.',
    },
    en: {
      title: 'Protection Act item answered',
      body: 'Item {itemId} in case {caseId}: {decision, select, granted {granted} partly {partly granted} refused {refused} verification_performed {verification performed} other {answered}}. See the case for the reasons.',
    },
  },
  'case-progress': {
    kk: {
      title: '{caseId} ісінің барысы',
      body: '{caseId} ісі: {stage, select, investigation {қызметтік тергеу басталды} conclusion {тергеу қорытындысы бекітілді} commission {іс тәртіптік комиссияға жіберілді} other {іс қаралуда}}.',
    },
    ru: {
      title: 'Ход дела {caseId}',
      body: 'Дело {caseId}: {stage, select, investigation {начато служебное расследование} conclusion {утверждено заключение расследования} commission {дело передано в дисциплинарную комиссию} other {дело рассматривается}}.',
    },
    en: {
      title: 'Progress in case {caseId}',
      body: 'Case {caseId}: {stage, select, investigation {an internal investigation has started} conclusion {the investigation conclusion was approved} commission {the case went to the disciplinary commission} other {the case is being handled}}.',
    },
  },
  'conclusion-ready': {
    kk: {
      title: '{caseId} ісі бойынша қорытынды дайын',
      body: '{caseId} ісі бойынша тергеу қорытындысы бекітілді. Сізді онымен {dueOn, date, day} дейін таныстыру керек; қорғау актісіне берілген жауаптар қорытындыда көрсетілген.',
    },
    ru: {
      title: 'Заключение по делу {caseId} готово',
      body: 'Заключение расследования по делу {caseId} утверждено. Вас должны ознакомить с ним до {dueOn, date, day}; ответы на акт защиты указаны в заключении.',
    },
    en: {
      title: 'Conclusion ready in case {caseId}',
      body: 'The investigation conclusion in case {caseId} was approved. You must be shown it by {dueOn, date, day}; the answers to your Protection Act are referenced in it.',
    },
  },
  'commission-notice': {
    kk: {
      title: 'Тәртіптік комиссия отырысы: {sessionOn, date, day}',
      body: '{caseId} ісі бойынша тәртіптік комиссияның отырысы {sessionOn, date, day} өтеді. Сіз қатысуға (оның ішінде бейнебайланыс арқылы) және түсініктеме беруге құқылысыз.',
    },
    ru: {
      title: 'Заседание дисциплинарной комиссии: {sessionOn, date, day}',
      body: 'Заседание дисциплинарной комиссии по делу {caseId} состоится {sessionOn, date, day}. Вы вправе участвовать (в том числе по видеосвязи) и дать пояснения.',
    },
    en: {
      title: 'Disciplinary commission session on {sessionOn, date, day}',
      body: 'The disciplinary commission sits on case {caseId} on {sessionOn, date, day}. You have the right to take part (video allowed) and be heard.',
    },
  },
  'commission-session-scheduled': {
    kk: {
      title: 'Комиссия отырысы: {caseId}, {sessionOn, date, day}',
      body: 'Сіз {caseId} ісі бойынша {sessionOn, date, day} өтетін тәртіптік комиссия отырысына шақырыласыз.',
    },
    ru: {
      title: 'Заседание комиссии: {caseId}, {sessionOn, date, day}',
      body: 'Вы приглашены на заседание дисциплинарной комиссии по делу {caseId} {sessionOn, date, day}.',
    },
    en: {
      title: 'Commission session: {caseId}, {sessionOn, date, day}',
      body: 'You are called to the disciplinary commission session on case {caseId} on {sessionOn, date, day}.',
    },
  },
  'commission-votes-recorded': {
    kk: {
      title: '{caseId} ісі бойынша дауыстар тіркелді',
      body: '{caseId} ісі бойынша комиссия отырысының дауыс беру нәтижелері тіркелді.',
    },
    ru: {
      title: 'Голосование по делу {caseId} зафиксировано',
      body: 'Результаты голосования комиссии по делу {caseId} зафиксированы.',
    },
    en: {
      title: 'Votes recorded in case {caseId}',
      body: 'The commission votes in case {caseId} have been recorded.',
    },
  },
  'order-issued-penalty': {
    kk: {
      title: '{caseId} ісі бойынша бұйрық шықты',
      body: `{caseId} ісі бойынша бұйрықпен сізге ${PENALTY.kk} қолданылды. Бұйрық сізге қол қойдырып {dueOn, date, day} дейін жариялануы тиіс. Сіз жоғары тұрған басшыға немесе сотқа шағымдана аласыз; шағым орындауды тоқтатпайды.`,
    },
    ru: {
      title: 'Издан приказ по делу {caseId}',
      body: `Приказом по делу {caseId} к вам применено: ${PENALTY.ru}. Приказ должен быть объявлен вам под подпись до {dueOn, date, day}. Вы можете обжаловать его вышестоящему руководителю или в суд; обжалование не приостанавливает исполнение.`,
    },
    en: {
      title: 'Order issued in case {caseId}',
      body: `By order in case {caseId} you received ${PENALTY.en}. The order must be announced to you against signature by {dueOn, date, day}. You may appeal to a higher official or a court; an appeal does not suspend it.`,
    },
  },
  'order-issued-no-penalty': {
    kk: {
      title: '{caseId} ісі бойынша бұйрық шықты',
      body: '{caseId} ісі бойынша бұйрықпен сізге тәртіптік жаза қолданылмады.',
    },
    ru: {
      title: 'Издан приказ по делу {caseId}',
      body: 'Приказом по делу {caseId} дисциплинарное взыскание к вам не применено.',
    },
    en: {
      title: 'Order issued in case {caseId}',
      body: 'The order in case {caseId} imposes no penalty on you.',
    },
  },
  'case-outcome': {
    kk: {
      title: '{caseId} ісі бойынша шешім қабылданды',
      body: '{caseId} ісі бойынша шешім қабылданды. Басқа тұлғалардың дербес деректері құпия болып табылады. Қолдау көрсету жоспары ұсынылады.',
    },
    ru: {
      title: 'По делу {caseId} принято решение',
      body: 'По делу {caseId} принято решение. Сведения о других лицах конфиденциальны. Вам будет предложен план поддержки.',
    },
    en: {
      title: 'Decision taken in case {caseId}',
      body: 'A decision has been taken in case {caseId}. Details about other people are confidential. A support plan will be offered to you.',
    },
  },
  'proceedings-ended': {
    kk: {
      title: '{caseId} ісі бойынша іс жүргізу тоқтатылды',
      body: '{caseId} ісі бойынша іс жүргізу тоқтатылды. Нәтижелері туралы хабарлама істің материалдарында.',
    },
    ru: {
      title: 'Производство по делу {caseId} прекращено',
      body: 'Производство по делу {caseId} прекращено. Уведомление о выводах — в материалах дела.',
    },
    en: {
      title: 'Proceedings ended in case {caseId}',
      body: 'The proceedings in case {caseId} have ended. The notice of findings is in the case file.',
    },
  },
  'appeal-decided': {
    kk: {
      title: '{caseId} ісі бойынша шағым қаралды',
      body: '{caseId} ісі бойынша шағымыңыз қаралды: {outcome, select, upheld {жаза күшінде қалдырылды} cancelled {жаза жойылды} other {шешім қабылданды}}.',
    },
    ru: {
      title: 'Рассмотрена жалоба по делу {caseId}',
      body: 'Ваша жалоба по делу {caseId} рассмотрена: {outcome, select, upheld {взыскание оставлено в силе} cancelled {взыскание отменено} other {решение принято}}.',
    },
    en: {
      title: 'Appeal decided in case {caseId}',
      body: 'Your appeal in case {caseId} was decided: {outcome, select, upheld {the penalty stands} cancelled {the penalty was cancelled} other {a decision was taken}}.',
    },
  },
  'penalty-expired': {
    kk: {
      title: 'Тәртіптік жазаның мерзімі өтті',
      body: '{caseId} ісі бойынша тәртіптік жазаның мерзімі өтті: сіз жазасы жоқ болып саналасыз (57-баптың 17-тармағы).',
    },
    ru: {
      title: 'Срок взыскания истёк',
      body: 'Срок дисциплинарного взыскания по делу {caseId} истёк: вы считаетесь не имеющим взыскания (п. 17 ст. 57).',
    },
    en: {
      title: 'Penalty expired',
      body: 'The penalty from case {caseId} has expired: you count as having none (art. 57 p.17).',
    },
  },
  'deadline-approaching': {
    kk: {
      title: `{caseId}: ${CLOCK.kk} ${DAYS.kk} ішінде аяқталады`,
      body: `{caseId} ісі бойынша ${CLOCK.kk} {dueOn, date, day} аяқталады ({citation}).`,
    },
    ru: {
      title: `{caseId}: ${CLOCK.ru} истекает через ${DAYS.ru}`,
      body: `По делу {caseId} ${CLOCK.ru} истекает {dueOn, date, day} ({citation}).`,
    },
    en: {
      title: `{caseId}: ${CLOCK.en} ends in ${DAYS.en}`,
      body: `In case {caseId} the ${CLOCK.en} ends on {dueOn, date, day} ({citation}).`,
    },
  },
  'deadline-passed': {
    kk: {
      title: `{caseId}: ${CLOCK.kk} өтіп кетті`,
      body: `{caseId} ісі бойынша ${CLOCK.kk} {dueOn, date, day} өтіп кетті ({citation}). Бұл тіркелді.`,
    },
    ru: {
      title: `{caseId}: ${CLOCK.ru} пропущен`,
      body: `По делу {caseId} ${CLOCK.ru} истёк {dueOn, date, day} ({citation}). Это зафиксировано.`,
    },
    en: {
      title: `{caseId}: ${CLOCK.en} passed`,
      body: `In case {caseId} the ${CLOCK.en} passed on {dueOn, date, day} ({citation}). This has been recorded.`,
    },
  },
  'check-in-due': {
    kk: {
      title: 'Қолдау: {checkInNumber, number}-байланыс күтілуде',
      body: '{personRef} қызметкерімен {checkInNumber, number}-байланыс {dueAt, date, day} өткізілуі тиіс.',
    },
    ru: {
      title: 'Поддержка: ожидается контакт № {checkInNumber, number}',
      body: 'Контакт № {checkInNumber, number} с сотрудником {personRef} должен состояться {dueAt, date, day}.',
    },
    en: {
      title: 'Support: check-in {checkInNumber, number} due',
      body: 'Check-in {checkInNumber, number} with officer {personRef} is due on {dueAt, date, day}.',
    },
  },
  'check-in-missed': {
    kk: {
      title: 'Қолдау: {checkInNumber, number}-байланыс өткізілмеді',
      body: '{personRef} қызметкерімен {checkInNumber, number}-байланыс ({dueAt, date, day}) өткізілмеді. Қайта байланысыңыз.',
    },
    ru: {
      title: 'Поддержка: контакт № {checkInNumber, number} пропущен',
      body: 'Контакт № {checkInNumber, number} с сотрудником {personRef} ({dueAt, date, day}) не состоялся. Свяжитесь повторно.',
    },
    en: {
      title: 'Support: check-in {checkInNumber, number} missed',
      body: 'Check-in {checkInNumber, number} with officer {personRef} (due {dueAt, date, day}) did not take place. Please reach out again.',
    },
  },
  // The wall (DOMAIN.md): the ordering head learns that a concern was raised on the case, and nothing else.
  'concern-raised': {
    kk: {
      title: '{caseId} ісі бойынша алаңдаушылық білдірілді',
      body: '{caseId} ісі бойынша алаңдаушылық білдірілді. Оны әл-ауқат қызметі қарайды; толығырақ мәлімет берілмейді.',
    },
    ru: {
      title: 'По делу {caseId} выражена обеспокоенность',
      body: 'По делу {caseId} выражена обеспокоенность. Ею занимается служба психологической поддержки; подробности не сообщаются.',
    },
    en: {
      title: 'A concern was raised on case {caseId}',
      body: 'A concern was raised on case {caseId}. The wellbeing service is following it up; no details are shared.',
    },
  },
} as const satisfies Record<string, TemplateMessages>;

export type TemplateKey = keyof typeof TEMPLATES;

export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

export const isTemplateKey = (value: string): value is TemplateKey => Object.hasOwn(TEMPLATES, value);
