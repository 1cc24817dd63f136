/** Қызметкердің істен кейінгі қолдауы: жоспарлар, келісім және сауалнама. */
export const supportKk: Record<string, string> = {
  'support.plans.title': 'Маған ұсынылған қолдау',
  'support.plans.none': 'Қазір қолдау жоспары жоқ.',
  'support.plan.case': '{caseId} ісінен кейінгі қолдау',
  'support.plan.other': 'Қызметтегі оқиғадан кейінгі қолдау',
  'support.plan.offer':
    'Бөлімшенің психологы анда-санда хал-жағдайыңызды сұрайды. Жауаптарыңызды тек қолдау мамандары көреді, басшылар да, іс қатысушылары да көрмейді.',
  'support.consent.pending': 'Сіз әлі шешкен жоқсыз.',
  'support.consent.given': 'Сіз байланысуға келістіңіз.',
  'support.consent.declined': 'Сіз бас тарттыңыз. Осы жоспар бойынша сізбен ешкім байланыспайды.',
  'support.consent.stopped': 'Сіз қолдауды тоқтаттыңыз. Осы жоспар бойынша сізбен ешкім байланыспайды.',
  'support.consent.give': 'Иә, келісемін',
  'support.consent.decline': 'Жоқ, рақмет',
  'support.consent.stop': 'Қолдауды тоқтату',
  'support.checkIn.start': 'Сауалнамаға жауап беру',
  'support.checkIn.title': 'Хал-жағдайыңыз қалай?',
  'support.checkIn.intro':
    'Соңғы кездегі жағдайыңызға ең жақын жауапты таңдаңыз. Бұл шамамен екі минут алады.',
  'support.checkIn.choose': 'Жауапты таңдаңыз: {label}',
  'support.checkIn.send': 'Жауаптарымды жіберу',
  'support.checkIn.sentTitle': 'Рақмет',
  'support.checkIn.sent': 'Жауаптарыңыз қолдау мамандарына жіберілді.',
  'support.checkIn.sentContact':
    'Жауаптарыңыз қолдау мамандарына жіберілді. Психолог жақында сізбен байланысады.',
  'support.back': '«Менің жай-күйім» бетіне оралу',
};
