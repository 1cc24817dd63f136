/** Повестка и заседание комиссии, кабинет службы поддержки и стены доступа (задача 12). */
export const commissionRu: Record<string, string> = {
  'nav.commission': 'Комиссия',
  'nav.desk': 'Служба поддержки',
  'wall.title': 'Доступ запрещён',
  'wall.body':
    'Эта страница недоступна для вашей роли. Дисциплинарная работа и психологическая поддержка разделены: ни одна сторона не видит записей другой.',
  'commission.agenda.title': 'Повестка комиссии',
  'commission.agenda.empty': 'Заседаний с вашим участием в комиссии не назначено.',
  'commission.agenda.session': 'Заседание {date} — дело {caseId}',
  'commission.agenda.details':
    'Ваше место: {seat}. Лица, в отношении которых рассматривается дело: {subjects}. Уведомлены {notified}.',
  'commission.role.chair': 'председатель',
  'commission.role.secretary': 'секретарь',
  'commission.role.member': 'член комиссии',
  'commission.session.title': 'Заседание комиссии {date} — дело {caseId}',
  'commission.notice.title': 'Уведомление сотрудника',
  'commission.notice.kept':
    'Уведомлён {notified}; при уведомлении не менее чем за {days} рабочий день заседание возможно с {earliest}; срок уведомления соблюдён (ст. 58-1).',
  'commission.notice.short':
    'Уведомлён {notified}; при уведомлении не менее чем за {days} рабочий день заседание возможно только с {earliest}; срок уведомления не соблюдён (ст. 58-1).',
  'commission.notice.unknown':
    'У сервиса нет календаря этого дела: уведомление будет проверено при записи протокола.',
  'commission.members.title': 'Присутствующие члены комиссии',
  'commission.quorum.reached':
    'Кворум есть: присутствуют {present} из {size}, требуется {required} (ст. 58-1).',
  'commission.quorum.missing':
    'Кворума нет: присутствуют {present} из {size}, требуется {required} (ст. 58-1). Комиссия не может заседать.',
  'commission.recusal': 'Отвод: {interest}',
  'commission.interest.party': 'участник дела',
  'commission.interest.relative': 'родственник участника',
  'commission.interest.line-manager': 'непосредственный начальник участника',
  'commission.interest.subordinate': 'подчинённый участника',
  'commission.interest.personal-interest': 'личная заинтересованность',
  'commission.interest.other': 'иная заинтересованность',
  'commission.subject.title': 'Сотрудник: {person}',
  'commission.pa.title': 'Акт защиты и ответы на него',
  'commission.pa.none': 'Акт защиты не подавался.',
  'commission.comparable.title': 'Сопоставимые дела',
  'commission.comparable.suppressed':
    'Сопоставимых решений: {n} — слишком мало, чтобы показать их, не раскрыв чьё-либо решение.',
  'commission.comparable.typical': 'Типичный исход {n} сопоставимых решений: {outcome}.',
  'commission.outcome.none': 'без взыскания',
  'commission.outcome.end': 'прекратить производство',
  'commission.vote.title': 'Открытое голосование и протокол',
  'commission.vote.chairRule':
    'Каждый присутствующий член голосует открыто. Решение принимается большинством присутствующих; при равенстве голосов решает голос председателя ({chair}) (ст. 58-1).',
  'commission.vote.subject': 'Голосование по сотруднику {person}',
  'commission.vote.of': 'Голос {member} по сотруднику {person}',
  'commission.participation.label': 'Участие сотрудника',
  'commission.participation.in-person': 'лично',
  'commission.participation.video': 'по видеосвязи',
  'commission.participation.unexcused-no-show': 'не явился без уважительной причины',
  'commission.participation.written-refusal': 'письменно отказался',
  'commission.participation.excused-absence': 'отсутствовал по уважительной причине',
  'commission.justification.label': 'Обоснование одинаковых взысканий (если есть)',
  'commission.justification.hint':
    'Нужно, только если обе стороны конфликта получают одинаковое взыскание при не полностью установленных фактах.',
  'commission.vote.record': 'Записать протокол',
  'commission.vote.recorded': 'Протокол записан.',
  'commission.minutes.title': 'Протокол',
  'commission.minutes.held': 'Проведено {date}; присутствовали: {present}.',
  'commission.minutes.recommendation': '{person}: {outcome} (голоса: {counts})',
  'commission.minutes.byChair': 'Голоса разделились поровну: решил голос председателя (ст. 58-1).',
  'commission.refusal.COMMISSION_NO_QUORUM':
    'Нет кворума: должны присутствовать не менее двух третей состава комиссии (ст. 58-1).',
  'commission.refusal.COMMISSION_NOTICE_TOO_SHORT':
    'Сотрудник уведомлён о заседании слишком поздно (ст. 58-1).',
  'commission.refusal.COMMISSION_NO_MAJORITY':
    'Ни один исход не набрал большинства присутствующих, и голос председателя не разрешает равенство: голосуйте снова (ст. 58-1).',
  'commission.refusal.COMMISSION_VOTE_INVALID':
    'Каждый присутствующий член голосует один раз и открыто; голосуют только присутствующие (ст. 58-1).',
  'commission.refusal.SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED':
    'Одинаковые взыскания обеим сторонам конфликта при не полностью установленных фактах требуют письменного обоснования (защита от симметричных взысканий, ст. 57 п.6).',
  'commission.refusal.RECUSAL_REQUIRED':
    'Член комиссии, заинтересованный в деле, не может участвовать (ст. 58 п.2).',
};
