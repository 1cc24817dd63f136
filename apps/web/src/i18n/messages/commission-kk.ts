/** Комиссияның күн тәртібі мен отырысы, қолдау қызметінің кабинеті және қолжетімділік қабырғалары (12-міндет). */
export const commissionKk: Record<string, string> = {
  'nav.commission': 'Комиссия',
  'nav.desk': 'Қолдау қызметі',
  'wall.title': 'Рұқсат жоқ',
  'wall.body':
    'Бұл бет сіздің рөліңізге ашық емес. Тәртіптік жұмыс пен психологиялық қолдау бөлек: екі тарап бір-бірінің жазбаларын көрмейді.',
  'commission.agenda.title': 'Комиссияның күн тәртібі',
  'commission.agenda.empty': 'Комиссияда сіз қатысатын отырыс тағайындалмаған.',
  'commission.agenda.session': '{date} отырысы — {caseId} ісі',
  'commission.agenda.details':
    'Сіздің орныңыз: {seat}. Іс қаралатын қызметкерлер: {subjects}. Хабарланған күні: {notified}.',
  'commission.role.chair': 'төраға',
  'commission.role.secretary': 'хатшы',
  'commission.role.member': 'комиссия мүшесі',
  'commission.session.title': 'Комиссия отырысы {date} — {caseId} ісі',
  'commission.notice.title': 'Қызметкерді хабардар ету',
  'commission.notice.kept':
    '{notified} хабардар етілді; кемінде {days} жұмыс күні бұрын хабарлағанда отырыс {earliest} бастап өтуі мүмкін. Хабарлау мерзімі сақталды (58-1-бап).',
  'commission.notice.short':
    '{notified} хабардар етілді; кемінде {days} жұмыс күні бұрын хабарлағанда отырыс тек {earliest} бастап өтуі мүмкін. Хабарлау мерзімі сақталмады (58-1-бап).',
  'commission.notice.unknown': 'Қызметте бұл істің күнтізбесі жоқ: хабарлау хаттама жазылғанда тексеріледі.',
  'commission.members.title': 'Қатысып отырған мүшелер',
  'commission.quorum.reached':
    'Кворум бар: {size} мүшенің {present} қатысып отыр, {required} қажет (58-1-бап).',
  'commission.quorum.missing':
    'Кворум жоқ: {size} мүшенің {present} қатысып отыр, {required} қажет (58-1-бап). Комиссия отырыс өткізе алмайды.',
  'commission.recusal': 'Қарсылық (отвод): {interest}',
  'commission.interest.party': 'іске қатысушы',
  'commission.interest.relative': 'қатысушының туысы',
  'commission.interest.line-manager': 'қатысушының тікелей басшысы',
  'commission.interest.subordinate': 'қатысушының қол астындағы қызметкері',
  'commission.interest.personal-interest': 'жеке мүдделілік',
  'commission.interest.other': 'өзге мүдделілік',
  'commission.subject.title': 'Қызметкер: {person}',
  'commission.pa.title': 'Қорғау актісі және оған жауаптар',
  'commission.pa.none': 'Қорғау актісі берілмеген.',
  'commission.comparable.title': 'Салыстырмалы істер',
  'commission.comparable.suppressed':
    'Салыстырмалы шешімдер саны: {n} — біреудің шешімін ашпай көрсету үшін тым аз.',
  'commission.comparable.typical': '{n} салыстырмалы шешімнің әдеттегі нәтижесі: {outcome}.',
  'commission.outcome.none': 'жазасыз',
  'commission.outcome.end': 'іс жүргізуді тоқтату',
  'commission.vote.title': 'Ашық дауыс беру және хаттама',
  'commission.vote.chairRule':
    'Қатысып отырған әр мүше ашық дауыс береді. Шешім қатысушылардың көпшілік дауысымен қабылданады; дауыстар тең болса, төрағаның ({chair}) дауысы шешеді (58-1-бап).',
  'commission.vote.subject': '{person} бойынша дауыс беру',
  'commission.vote.of': '{member} мүшенің {person} бойынша дауысы',
  'commission.participation.label': 'Қызметкердің қатысуы',
  'commission.participation.in-person': 'өзі қатысты',
  'commission.participation.video': 'бейнебайланыс арқылы',
  'commission.participation.unexcused-no-show': 'дәлелсіз себеппен келмеді',
  'commission.participation.written-refusal': 'жазбаша бас тартты',
  'commission.participation.excused-absence': 'дәлелді себеппен болмады',
  'commission.justification.label': 'Бірдей жазалардың негіздемесі (бар болса)',
  'commission.justification.hint':
    'Фактілер толық анықталмағанда жанжалдың екі тарапына бірдей жаза берілсе ғана қажет.',
  'commission.vote.record': 'Хаттаманы жазу',
  'commission.vote.recorded': 'Хаттама жазылды.',
  'commission.minutes.title': 'Хаттама',
  'commission.minutes.held': '{date} өтті. Қатысқандар: {present}.',
  'commission.minutes.recommendation': '{person}: {outcome} (дауыстар: {counts})',
  'commission.minutes.byChair': 'Дауыстар тең болды: төрағаның дауысы шешті (58-1-бап).',
  'commission.refusal.COMMISSION_NO_QUORUM':
    'Кворум жоқ: комиссия құрамының кемінде үштен екісі қатысуы тиіс (58-1-бап).',
  'commission.refusal.COMMISSION_NOTICE_TOO_SHORT':
    'Қызметкер отырыс туралы тым кеш хабардар етілді (58-1-бап).',
  'commission.refusal.COMMISSION_NO_MAJORITY':
    'Бірде-бір нәтиже қатысушылардың көпшілігін жинамады, төрағаның дауысы теңдікті шешпейді: қайта дауыс беріңіз (58-1-бап).',
  'commission.refusal.COMMISSION_VOTE_INVALID':
    'Қатысып отырған әр мүше бір рет ашық дауыс береді; тек қатысушылар дауыс береді (58-1-бап).',
  'commission.refusal.SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED':
    'Фактілер толық анықталмағанда жанжалдың екі тарапына бірдей жаза жазбаша негіздемені талап етеді (симметриялы жазадан қорғау, 57-бап 6-т.).',
  'commission.refusal.RECUSAL_REQUIRED': 'Іске мүдделі комиссия мүшесі қатыса алмайды (58-бап 2-т.).',
};
