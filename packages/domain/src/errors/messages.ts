import type { ErrorCode } from './codes';

export type Language = 'kk' | 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

type Messages = Readonly<Record<ErrorCode, Readonly<Record<Language, string>>>>;

/** Officer- and staff-facing texts of every error code in Kazakh, Russian and English. */
export const ERROR_MESSAGES: Messages = {
  INVALID_COMMAND: {
    kk: 'Команда қате толтырылған: {reason}.',
    ru: 'Команда заполнена неверно: {reason}.',
    en: 'The command is invalid: {reason}.',
  },
  COMMAND_NOT_ALLOWED_IN_STAGE: {
    kk: '«{command}» әрекетін іс «{stage}» кезеңінде тұрғанда орындауға болмайды.',
    ru: 'Действие «{command}» недопустимо на стадии «{stage}».',
    en: 'The action "{command}" is not allowed while the case is at stage "{stage}".',
  },
  CASE_ALREADY_REPORTED: {
    kk: 'Бұл іс бойынша баянат бұрын тіркелген.',
    ru: 'Рапорт по этому делу уже зарегистрирован.',
    en: 'A report has already been registered for this case.',
  },
  TIME_WENT_BACKWARDS: {
    kk: 'Әрекет уақыты ({now}) істегі соңғы оқиғадан ({last}) ерте болуы мүмкін емес.',
    ru: 'Время действия ({now}) не может быть раньше последнего события дела ({last}).',
    en: 'The action time ({now}) cannot be earlier than the last event of the case ({last}).',
  },
  UNKNOWN_PARTY: {
    kk: '{person} бұл істің қатысушысы емес немесе тиісті рөлі жоқ.',
    ru: '{person} не является участником дела в нужной роли.',
    en: '{person} is not a party of this case in the required role.',
  },
  POLICY_INVALID: {
    kk: 'Баптау мәні жарамсыз: {reason}.',
    ru: 'Недопустимое значение настройки: {reason}.',
    en: 'Invalid policy value: {reason}.',
  },
  EXPLANATION_ALREADY_RECORDED: {
    kk: '{person} түсініктемесі бұрын тіркелген.',
    ru: 'Объяснение {person} уже зарегистрировано.',
    en: 'The explanation of {person} has already been recorded.',
  },
  EXPLANATIONS_PENDING: {
    kk: 'Алдымен барлық қызметкерлерден жазбаша түсініктеме алынуы немесе бас тарту актісі жасалуы тиіс.',
    ru: 'Сначала должны быть получены письменные объяснения всех сотрудников или составлены акты об отказе.',
    en: 'A written explanation, or an act recording a refusal, is required from every employee first.',
  },
  ADMISSION_REQUIRED: {
    kk: 'Тергеусіз жаза тек қызметкер кінәсін жазбаша мойындаған жағдайда қолданылады ({person}).',
    ru: 'Взыскание без расследования возможно только при письменном признании вины ({person}).',
    en: 'A penalty without an investigation requires a written admission ({person}).',
  },
  INVESTIGATION_REQUIRED: {
    kk: '«{penalty}» жазасы үшін қызметтік тергеу жүргізілуі тиіс.',
    ru: 'Для взыскания «{penalty}» необходимо служебное расследование.',
    en: 'The penalty "{penalty}" requires an internal investigation.',
  },
  COMMISSION_RECOMMENDATION_REQUIRED: {
    kk: '«{penalty}» жазасы үшін тәртіптік комиссияның ұсынымы қажет.',
    ru: 'Для взыскания «{penalty}» необходима рекомендация дисциплинарной комиссии.',
    en: 'The penalty "{penalty}" requires a recommendation of the disciplinary commission.',
  },
  COLLEGIUM_EXCEPTION_NOT_APPLICABLE: {
    kk: 'Алқа шешімі тек ескерту немесе лауазымнан шеттету үшін, жазбаша мойындау мен толық анықталған фактілер болғанда қолданылады.',
    ru: 'Решение коллегии допустимо только для предупреждения или отстранения при письменном признании и полностью установленных фактах.',
    en: 'A collegium decision applies only to a warning or removal from post, with a written admission and fully established facts.',
  },
  ONE_PENALTY_PER_VIOLATION: {
    kk: 'Бір тәртіптік теріс қылық үшін тек бір жаза қолданылады ({person}).',
    ru: 'За один дисциплинарный проступок налагается только одно взыскание ({person}).',
    en: 'Only one penalty may be imposed for one violation ({person}).',
  },
  PENALTY_PER_PERSON: {
    kk: 'Жаза әр қызметкерге жеке қолданылады; {person} бұл бұзушылықтың субъектісі емес.',
    ru: 'Взыскание налагается на каждого сотрудника отдельно; {person} не является субъектом этого нарушения.',
    en: 'Penalties are imposed on each person separately; {person} is not a subject of this violation.',
  },
  PENALTY_EXCEEDS_RECOMMENDATION: {
    kk: '{person} үшін жаза комиссия ұсынғаннан ауыр болмауы тиіс.',
    ru: 'Взыскание для {person} не может быть строже рекомендованного комиссией.',
    en: 'The penalty for {person} cannot be more severe than the commission recommended.',
  },
  PENALTY_CONTRADICTS_COMMISSION: {
    kk: 'Комиссия {person} бойынша іс жүргізуді тоқтатуды ұсынды; жаза қолдануға болмайды.',
    ru: 'Комиссия рекомендовала прекратить производство в отношении {person}; взыскание невозможно.',
    en: 'The commission recommended ending the proceedings for {person}; no penalty may be imposed.',
  },
  LIMITATION_PERIOD_EXPIRED: {
    kk: 'Жаза қолдану мерзімі {dueOn} өтіп кетті ({clock}).',
    ru: 'Срок наложения взыскания истёк {dueOn} ({clock}).',
    en: 'The limitation period for a penalty expired on {dueOn} ({clock}).',
  },
  PENALTY_DATE_IN_BLACKOUT: {
    kk: '{person} еңбекке жарамсыз, демалыста немесе іссапарда болған кезде ({on}) жаза қолдануға болмайды.',
    ru: 'Нельзя налагать взыскание, пока {person} нетрудоспособен, в отпуске или командировке ({on}).',
    en: 'No penalty may be imposed while {person} is on sick leave, vacation or a business trip ({on}).',
  },
  RECUSAL_REQUIRED: {
    kk: '{person} іске тікелей немесе жанама мүдделі, сондықтан қатыса алмайды.',
    ru: '{person} прямо или косвенно заинтересован и не может участвовать.',
    en: '{person} has a direct or indirect interest and may not take part.',
  },
  APPROVER_NOT_ORDERING_HEAD: {
    kk: 'Қорытындыны тергеуді тағайындаған басшы ({orderedBy}) немесе оның міндетін атқарушы бекітеді; {person} емес.',
    ru: 'Заключение утверждает руководитель, назначивший проверку ({orderedBy}), или исполняющий его обязанности; не {person}.',
    en: 'The conclusion is approved by the head who ordered the investigation ({orderedBy}) or the one acting for them, not {person}.',
  },
  ACTING_HEAD_INVALID: {
    kk: 'Міндетті атқарушы басшы жазбасы жарамсыз: {reason}.',
    ru: 'Запись об исполняющем обязанности руководителя недействительна: {reason}.',
    en: 'The acting head record is invalid: {reason}.',
  },
  POLYGRAPH_CONSENT_REQUIRED: {
    kk: 'Полиграф тек қызметкердің келісімімен қолданылады ({person}).',
    ru: 'Полиграф применяется только с согласия сотрудника ({person}).',
    en: 'A polygraph may be used only with the employee’s consent ({person}).',
  },
  INVESTIGATION_EXTENSION_NOT_ALLOWED: {
    kk: 'Тергеу мерзімін ұзартуға болмайды: {reason}.',
    ru: 'Продление срока расследования невозможно: {reason}.',
    en: 'The investigation cannot be extended: {reason}.',
  },
  SUSPENSION_TOO_LONG: {
    kk: 'Қызметтен уақытша шеттету бір айдан аспауы тиіс.',
    ru: 'Отстранение от должности не может превышать одного месяца.',
    en: 'A suspension from duty may last at most one month.',
  },
  PROTECTION_ACT_WINDOW_CLOSED: {
    kk: 'Қорғау актісін беру мерзімі {closesOn} аяқталды.',
    ru: 'Срок подачи акта защиты истёк {closesOn}.',
    en: 'The Protection Act window closed on {closesOn}.',
  },
  PROTECTION_ACT_WINDOW_OPEN: {
    kk: 'Қорғау актісін дайындау мерзімі {closesOn} дейін ашық; тергеуді аяқтауға әлі болмайды.',
    ru: 'Срок подготовки акта защиты открыт до {closesOn}; завершать расследование нельзя.',
    en: 'The Protection Act window is open until {closesOn}; the investigation cannot conclude yet.',
  },
  PROTECTION_ACT_ITEMS_UNANSWERED: {
    kk: 'Қорғау актісінің келесі тармақтарына дәлелді жауап берілмеген: {items}.',
    ru: 'На пункты акта защиты не дан мотивированный ответ: {items}.',
    en: 'These Protection Act items have no reasoned answer: {items}.',
  },
  PROTECTION_ACT_ITEMS_NOT_REFERENCED: {
    kk: 'Шешімде қорғау актісінің келесі тармақтарына сілтеме жоқ: {items}.',
    ru: 'В решении нет ссылки на пункты акта защиты: {items}.',
    en: 'The decision does not reference these Protection Act items: {items}.',
  },
  PROTECTION_ACT_ITEM_UNKNOWN: {
    kk: 'Қорғау актісінде {item} тармағы жоқ.',
    ru: 'В акте защиты нет пункта {item}.',
    en: 'The Protection Act has no item {item}.',
  },
  PROTECTION_ACT_ITEM_INVALID: {
    kk: 'Қорғау актісінің тармағы қате толтырылған: {reason}.',
    ru: 'Пункт акта защиты заполнен неверно: {reason}.',
    en: 'A Protection Act item is invalid: {reason}.',
  },
  PROTECTION_ACT_ANSWER_INVALID: {
    kk: '{item} тармағына жауап дәлелді болуы тиіс: {reason}.',
    ru: 'Ответ на пункт {item} должен быть мотивированным: {reason}.',
    en: 'The answer to item {item} must be reasoned: {reason}.',
  },
  PROTECTION_ACT_EXTENSION_INVALID: {
    kk: 'Қорғау актісінің мерзімін ұзарту мүмкін емес: {reason}.',
    ru: 'Продление срока акта защиты невозможно: {reason}.',
    en: 'The Protection Act window cannot be extended: {reason}.',
  },
  PROTECTION_ACT_EXTENSION_PENDING: {
    kk: '{person} мерзімді ұзарту туралы өтінішіне әлі жауап берілмеген.',
    ru: 'Ходатайство {person} о продлении срока ещё не рассмотрено.',
    en: 'The extension request of {person} has not been decided yet.',
  },
  FINDINGS_MISSING_FOR_PARTY: {
    kk: 'Шешімде {person} бойынша жеке тұжырым жоқ.',
    ru: 'В решении нет отдельных выводов в отношении {person}.',
    en: 'The decision states no findings for {person}.',
  },
  FINDINGS_INVALID: {
    kk: 'Тұжырымдар қате: {reason}.',
    ru: 'Выводы составлены неверно: {reason}.',
    en: 'The findings are invalid: {reason}.',
  },
  CONSISTENCY_REASON_REQUIRED: {
    kk: '{person} үшін ұсынылған шара ({proposed}) ұқсас істердегі әдеттегі шешімнен ({typical}) {steps} сатыға алшақ: хаттамада жазбаша негіздеме қажет.',
    ru: 'Предлагаемая мера для {person} ({proposed}) отличается от обычного решения по схожим делам ({typical}) на {steps} ступ.: в протоколе нужно письменное обоснование.',
    en: 'The penalty proposed for {person} ({proposed}) departs {steps} steps from the typical outcome of comparable cases ({typical}): the minutes need a written reason.',
  },
  SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED: {
    kk: 'Фактілер анықталмаған кезде бірнеше қатысушыға бірдей жаза ({persons}) жазбаша негіздемені талап етеді.',
    ru: 'Одинаковые взыскания нескольким участникам ({persons}) при неустановленных фактах требуют письменного обоснования.',
    en: 'Identical penalties for several parties ({persons}) while facts are not established require a written justification.',
  },
  COMMISSION_TOO_SMALL: {
    kk: 'Комиссия кемінде 5 мүшеден тұруы тиіс (қазір {size}).',
    ru: 'Комиссия должна состоять не менее чем из 5 членов (сейчас {size}).',
    en: 'The commission must have at least 5 members (it has {size}).',
  },
  COMMISSION_CHAIR_REQUIRED: {
    kk: 'Комиссияда бір төраға мен бір хатшы болуы тиіс.',
    ru: 'В комиссии должны быть один председатель и один секретарь.',
    en: 'The commission needs exactly one chair and one secretary.',
  },
  COMMISSION_NO_QUORUM: {
    kk: 'Кворум жоқ: {present} мүше қатысты, кемінде {required} қажет.',
    ru: 'Нет кворума: присутствует {present}, требуется не менее {required}.',
    en: 'No quorum: {present} members present, at least {required} required.',
  },
  COMMISSION_NOTICE_TOO_SHORT: {
    kk: 'Қызметкерге отырыс туралы кемінде {workingDays} жұмыс күні бұрын хабарлануы тиіс (ең ерте күн {earliest}).',
    ru: 'Сотрудник должен быть извещён о заседании не менее чем за {workingDays} рабочий день (не ранее {earliest}).',
    en: 'The employee must be notified at least {workingDays} working day(s) before the session (earliest {earliest}).',
  },
  COMMISSION_EMPLOYEE_NOT_HEARD: {
    kk: '{person} дәлелді себеппен қатыспады; отырыс қайта белгіленуі тиіс.',
    ru: '{person} отсутствует по уважительной причине; заседание должно быть перенесено.',
    en: '{person} was absent for a valid reason; the session must be rescheduled.',
  },
  COMMISSION_VOTE_INVALID: {
    kk: 'Дауыс беру жарамсыз: {reason}.',
    ru: 'Голосование недействительно: {reason}.',
    en: 'The vote is invalid: {reason}.',
  },
  COMMISSION_NO_MAJORITY: {
    kk: '{person} бойынша қатысушылардың көпшілік дауысы жоқ; қайта дауыс беру қажет.',
    ru: 'По {person} нет большинства присутствующих; требуется повторное голосование.',
    en: 'No majority of those present for {person}; a new vote is required.',
  },
  EARLY_LIFTING_GROSS_PENALTY: {
    kk: 'Өрескел жаза мерзімінен бұрын алынбайды.',
    ru: 'Взыскание за грубый проступок досрочно не снимается.',
    en: 'A gross penalty cannot be lifted early.',
  },
  EARLY_LIFTING_TOO_EARLY: {
    kk: 'Елеулі жазаны {earliest} дейін алуға болмайды.',
    ru: 'Значительное взыскание нельзя снять ранее {earliest}.',
    en: 'A significant penalty cannot be lifted before {earliest}.',
  },
  EARLY_LIFTING_ONE_AT_A_TIME: {
    kk: 'Көтермелеу ретінде бір уақытта тек бір жаза алынады.',
    ru: 'В порядке поощрения снимается только одно взыскание за раз.',
    en: 'Only one penalty at a time may be lifted as a reward.',
  },
  PENALTY_NOT_ACTIVE: {
    kk: '{penalty} жазасы күшінде емес.',
    ru: 'Взыскание {penalty} не действует.',
    en: 'The penalty {penalty} is not active.',
  },
  PENALTY_NOT_YET_EXPIRED: {
    kk: 'Жазаның мерзімі {expiresOn} аяқталады.',
    ru: 'Срок взыскания истекает {expiresOn}.',
    en: 'The penalty expires on {expiresOn}.',
  },
  APPEAL_PERIOD_EXPIRED: {
    kk: 'Шағымдану мерзімі {dueOn} өтіп кетті.',
    ru: 'Срок обжалования истёк {dueOn}.',
    en: 'The appeal period ended on {dueOn}.',
  },
  APPEAL_ALREADY_PENDING: {
    kk: '{person} шағымы қаралуда.',
    ru: 'Жалоба {person} уже рассматривается.',
    en: 'An appeal of {person} is already pending.',
  },
  APPEAL_NOT_PENDING: {
    kk: '{person} бойынша қаралып жатқан шағым жоқ.',
    ru: 'Нет рассматриваемой жалобы {person}.',
    en: 'There is no pending appeal of {person}.',
  },
  CASE_HAS_OPEN_MATTERS: {
    kk: 'Істі жабуға болмайды: күшіндегі жазалар немесе қаралмаған шағымдар бар.',
    ru: 'Дело нельзя закрыть: есть действующие взыскания или нерассмотренные жалобы.',
    en: 'The case cannot be closed: penalties are active or appeals are pending.',
  },
  SUPPORT_CONSENT_REQUIRED: {
    kk: 'Қолдау тек қызметкердің келісімімен жүргізіледі.',
    ru: 'Сопровождение проводится только с согласия сотрудника.',
    en: 'Support follow-ups take place only with the officer’s consent.',
  },
};
