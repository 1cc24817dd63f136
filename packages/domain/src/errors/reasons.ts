import type { Language } from './messages';

/**
 * Why a command's content is refused (the `{reason}` of INVALID_COMMAND, COMMISSION_VOTE_INVALID,
 * PROTECTION_ACT_EXTENSION_INVALID, PROTECTION_ACT_ANSWER_INVALID): a stable key the problem+json carries in
 * `params.reason`, and its kk/ru/en ICU text, inlined into the error's message in place of `{reason}`.
 */
export const REASON_MESSAGES = {
  // commission/vote.ts
  MEMBER_PRESENT_TWICE: {
    kk: 'комиссия мүшесі қатысушылар қатарында екі рет есептелген',
    ru: 'член комиссии дважды учтён среди присутствующих',
    en: 'a member is counted present twice',
  },
  MEMBER_VOTED_TWICE: {
    kk: 'комиссия мүшесі екі рет дауыс берген',
    ru: 'член комиссии проголосовал дважды',
    en: 'a member voted twice',
  },
  VOTER_NOT_PRESENT: {
    kk: 'отырысқа қатысып отырған мүшелер ғана дауыс бере алады',
    ru: 'голосовать могут только присутствующие члены комиссии',
    en: 'only members present may vote',
  },
  PRESENT_MEMBER_NOT_VOTING: {
    kk: 'қатысып отырған әрбір мүше дауыс береді (ашық дауыс беру)',
    ru: 'каждый присутствующий член комиссии обязан проголосовать (открытое голосование)',
    en: 'every member present votes (open vote)',
  },
  // lifecycle/decide-commission.ts
  SESSION_DATE_BEFORE_TODAY: {
    kk: 'отырыс бүгінгі немесе одан кейінгі күнге тағайындалады',
    ru: 'заседание назначается на сегодняшний или более поздний день',
    en: 'the session is today or later',
  },
  SESSION_NOT_YET_HELD: {
    kk: 'отырыс {sessionOn} күніне тағайындалған',
    ru: 'заседание назначено на {sessionOn}',
    en: 'the session is scheduled for {sessionOn}',
  },
  SESSION_CONSIDERS_EVERY_SUBJECT_ONCE: {
    kk: 'отырыс әрбір қызметкердің ісін бір реттен қарайды',
    ru: 'на заседании дело каждого сотрудника рассматривается один раз',
    en: 'the session considers every subject once',
  },
  SESSION_VALUES_UNKNOWN: {
    kk: 'қатысу мен дауыс беру белгіленген мәндермен ғана жазылады',
    ru: 'участие и голоса указываются только установленными значениями',
    en: 'participation and votes must use the known values',
  },
  // lifecycle/decide-conclusion.ts, decide-order.ts
  UNKNOWN_PENALTY: {
    kk: 'мұндай жаза түрі жоқ',
    ru: 'такого вида взыскания нет',
    en: 'unknown penalty',
  },
  CIRCUMSTANCES_INVALID: {
    kk: 'мән-жайлар тек қызметкерлер үшін, 57-баптың 2-1 және 2-2-тармақтарындағы тізімдерден жазылады',
    ru: 'обстоятельства указываются только для сотрудников и только из перечней п. 2-1 и п. 2-2 ст. 57',
    en: 'circumstances are recorded for subjects, from the lists of art. 57 p.2-1 and p.2-2',
  },
  RETURN_REASON_MISSING: {
    kk: 'қорытындының неге қайтарылатынын көрсетіңіз',
    ru: 'укажите, почему заключение возвращается',
    en: 'state why the conclusion is returned',
  },
  ACTING_HEAD_MISSING: {
    kk: 'міндетті атқарушы басшыны және оны тағайындаған актіні көрсетіңіз',
    ru: 'укажите исполняющего обязанности руководителя и акт о его назначении',
    en: 'name the acting head and the act that appointed them',
  },
  APPROVER_MISSING: {
    kk: 'бекітетін басшыны көрсетіңіз',
    ru: 'укажите утверждающего руководителя',
    en: 'name the approving head',
  },
  FAMILIARIZATION_OUTCOME_MISSING: {
    kk: 'танысу туралы қолхат қойылады немесе бас тарту тіркеледі',
    ru: 'об ознакомлении расписываются, либо фиксируется отказ',
    en: 'familiarization is signed or refused',
  },
  ALREADY_FAMILIARIZED: {
    kk: '{person} қорытындымен бұрын танысқан',
    ru: '{person} уже ознакомлен с заключением',
    en: '{person} was already familiarized',
  },
  // lifecycle/decide-environment.ts
  MIGRATION_TARGET_MISSING: {
    kk: 'іс ауыстырылатын орта нұсқасын көрсетіңіз',
    ru: 'укажите версию среды, на которую переводится дело',
    en: 'name the environment version to migrate to',
  },
  ALREADY_ON_ENVIRONMENT: {
    kk: 'іс қазірдің өзінде {to} нұсқасында жүргізіледі',
    ru: 'дело уже ведётся в версии {to}',
    en: 'the case already runs on {to}',
  },
  MIGRATION_REASON_MISSING: {
    kk: 'ауыстырудың жазбаша негіздемесі қажет',
    ru: 'для перевода нужно письменное обоснование',
    en: 'a migration needs a written reason',
  },
  MIGRATED_BY_MISSING: {
    kk: 'істі кім ауыстыратынын көрсетіңіз',
    ru: 'укажите, кто переводит дело',
    en: 'name who migrates the case',
  },
  // lifecycle/decide-penalty.ts
  ORDER_ALREADY_ANNOUNCED: {
    kk: 'бұйрық {person} қызметкеріне бұрын жарияланған',
    ru: 'приказ уже объявлен {person}',
    en: 'the order was already announced to {person}',
  },
  ANNOUNCEMENT_OUTCOME_MISSING: {
    kk: 'жариялау туралы қолхат қойылады немесе бас тарту тіркеледі',
    ru: 'об объявлении расписываются, либо фиксируется отказ',
    en: 'an announcement is signed or refused',
  },
  APPEAL_ID_NOT_UNIQUE: {
    kk: 'шағымның нөмірі қайталанбауы тиіс',
    ru: 'номера жалоб не должны повторяться',
    en: 'appeal ids are unique',
  },
  APPEAL_ADDRESSEE_UNKNOWN: {
    kk: 'шағым жоғары тұрған лауазымды тұлғаға немесе сотқа беріледі',
    ru: 'жалоба подаётся вышестоящему должностному лицу или в суд',
    en: 'appeal to a higher official or a court',
  },
  APPEAL_OUTCOME_INVALID: {
    kk: 'шағым бойынша жаза күшінде қалдырылады немесе жойылады, негіздемесі көрсетіледі',
    ru: 'по жалобе взыскание оставляется в силе или отменяется, с указанием оснований',
    en: 'an appeal is upheld or the penalty cancelled, with reasons',
  },
  REWARD_MISSING: {
    kk: 'көтермелеуді көрсетіңіз',
    ru: 'укажите поощрение',
    en: 'name the reward',
  },
  // lifecycle/decide.ts
  NOW_NOT_AN_INSTANT: {
    kk: 'әрекет уақыты ISO-8601 пішімінде, уақыт белдеуімен көрсетіледі',
    ru: 'время действия указывается в формате ISO-8601 со смещением часового пояса',
    en: 'now must be an ISO-8601 instant with an offset',
  },
  // lifecycle/decide-investigation.ts
  ORDERING_HEAD_OR_INVESTIGATOR_MISSING: {
    kk: 'тергеуді тағайындаған басшыны және тергеушіні көрсетіңіз',
    ru: 'укажите руководителя, назначившего расследование, и проводящего его сотрудника',
    en: 'name the ordering head and the investigator',
  },
  NEW_INVESTIGATOR_MISSING: {
    kk: 'жаңа тергеушіні және ауыстыру себебін көрсетіңіз',
    ru: 'укажите нового проводящего расследование и причину замены',
    en: 'name the new investigator and the reason',
  },
  SAME_INVESTIGATOR: {
    kk: 'тергеуді қазір осы қызметкер жүргізіп отыр',
    ru: 'расследование уже проводит этот сотрудник',
    en: 'that is the current investigator',
  },
  SUSPENSION_ENDS_BEFORE_TODAY: {
    kk: 'шеттету бүгін немесе одан кейін аяқталуы тиіс',
    ru: 'отстранение должно оканчиваться сегодня или позже',
    en: 'the suspension ends on or after today',
  },
  NO_UNANNOUNCED_SUSPENSION: {
    kk: '{person} қызметкеріне жарияланбаған шеттету жоқ',
    ru: 'нет необъявленного отстранения {person}',
    en: 'no unannounced suspension of {person}',
  },
  COMPETENT_BODY_OR_PAUSE_MISSING: {
    kk: 'уәкілетті органды және тоқтата тұрудың жаңа нөмірін көрсетіңіз',
    ru: 'укажите компетентный орган и новый номер приостановления',
    en: 'name the competent body and a new pause id',
  },
  ANSWERED_BY_MISSING: {
    kk: 'кім жауап беретінін көрсетіңіз',
    ru: 'укажите, кто отвечает',
    en: 'name who answers',
  },
  // lifecycle/decide-order.ts
  ISSUER_MISSING: {
    kk: 'бұйрық шығаратын басшыны көрсетіңіз',
    ru: 'укажите руководителя, издающего приказ',
    en: 'name the head issuing the order',
  },
  ORDER_WITHOUT_PENALTY: {
    kk: 'бұйрық кемінде бір жаза қолданады; әйтпесе іс жүргізуді тоқтатыңыз',
    ru: 'приказ налагает хотя бы одно взыскание; иначе прекратите производство',
    en: 'an order imposes at least one penalty; otherwise end the proceedings',
  },
  ALREADY_DECIDED_BY_ORDER: {
    kk: '{person} бойынша шешім бұрынғы бұйрықпен қабылданған',
    ru: 'в отношении {person} уже принято решение прежним приказом',
    en: '{person} was already decided by an earlier order',
  },
  ORDER_MUST_REST_ON_INVESTIGATION: {
    kk: 'тергеу жүргізілген соң бұйрық соның нәтижесіне негізделеді',
    ru: 'после расследования приказ основывается на его результатах',
    en: 'after an investigation the order rests on it',
  },
  COLLEGIUM_DECISION_MISSING: {
    kk: 'алқа шешімін көрсетіңіз',
    ru: 'укажите решение коллегии',
    en: 'name the collegium decision',
  },
  REASON_AND_STATEMENT_MISSING: {
    kk: 'себебін және мәлімдемені көрсетіңіз',
    ru: 'укажите причину и заявление',
    en: 'state the reason and the statement',
  },
  COMMISSION_NOT_DECIDED: {
    kk: 'комиссия әлі шешім қабылдаған жоқ',
    ru: 'комиссия ещё не приняла решение',
    en: 'the commission has not decided',
  },
  // lifecycle/decide-intake.ts
  SOURCE_UNKNOWN: {
    kk: 'негіз баянат немесе басқа органның хабарламасы болуы тиіс',
    ru: 'основанием служит рапорт или сообщение другого органа',
    en: 'source must be a report or a notice',
  },
  PARTIES_MISSING: {
    kk: 'істің қатысушылары көрсетілуі тиіс',
    ru: 'у дела должны быть участники',
    en: 'a case needs parties',
  },
  PARTY_INCOMPLETE: {
    kk: 'әрбір қатысушы үшін адам және кемінде бір рөл көрсетіледі (өтініш беруші, қызметкер, куә)',
    ru: 'для каждого участника указывается лицо и хотя бы одна роль (заявитель, сотрудник, свидетель)',
    en: 'every party needs a person and at least one role (applicant, subject, witness)',
  },
  PARTY_LISTED_TWICE: {
    kk: 'бір адам екі рет көрсетілген; бір жазбаға бірнеше рөл беріңіз',
    ru: 'лицо указано дважды; укажите для одной записи несколько ролей',
    en: 'a person is listed twice; give one entry several roles',
  },
  SUBJECT_MISSING: {
    kk: 'істе тексерілетін кемінде бір қызметкер болуы тиіс',
    ru: 'в деле должен быть хотя бы один проверяемый сотрудник',
    en: 'a case needs at least one subject',
  },
  VIOLATION_IDS_NOT_UNIQUE: {
    kk: 'бұзушылықтардың нөмірлері қайталанбауы тиіс',
    ru: 'номера нарушений не должны повторяться',
    en: 'violations need unique ids',
  },
  VIOLATION_INCOMPLETE: {
    kk: 'бұзушылық үшін нөмір, сипаттама және түр көрсетіледі',
    ru: 'для нарушения указываются номер, описание и вид',
    en: 'a violation needs id, description, type',
  },
  VIOLATION_GRAVITY_UNKNOWN: {
    kk: '{id}: мұндай ауырлық дәрежесі жоқ',
    ru: '{id}: такой степени тяжести нет',
    en: '{id}: unknown gravity',
  },
  VIOLATION_DATES_MALFORMED: {
    kk: '{id}: күндер ЖЖЖЖ-АА-КК пішімінде көрсетіледі',
    ru: '{id}: даты указываются в формате ГГГГ-ММ-ДД',
    en: '{id}: dates must be YYYY-MM-DD',
  },
  VIOLATION_DATES_OUT_OF_ORDER: {
    kk: '{id}: жасалған күні ≤ анықталған күні ≤ бүгін болуы тиіс',
    ru: '{id}: дата совершения ≤ дата обнаружения ≤ сегодня',
    en: '{id}: committed ≤ discovered ≤ today',
  },
  VIOLATION_NAMES_NON_SUBJECT: {
    kk: '{id}: бұзушылықта аталған әрбір адам тексерілетін қызметкер болуы тиіс',
    ru: '{id}: каждое лицо, названное в нарушении, должно быть проверяемым сотрудником',
    en: '{id}: every person a violation names must be a subject',
  },
  ALLEGATION_INCOMPLETE: {
    kk: 'айыптау үшін нөмір, түр және сипаттама көрсетіледі',
    ru: 'для обвинения указываются номер, вид и описание',
    en: 'an allegation needs id, kind and description',
  },
  ALLEGATION_ID_DUPLICATE: {
    kk: '{id}: айыптаудың бұл нөмірі бұрын берілген',
    ru: '{id}: такой номер обвинения уже есть',
    en: '{id}: duplicate allegation id',
  },
  ALLEGATION_NAMES_NON_PARTY: {
    kk: '{id}: екі адам да істің қатысушысы болуы тиіс',
    ru: '{id}: оба лица должны быть участниками дела',
    en: '{id}: both people must be parties',
  },
  EVIDENCE_INCOMPLETE: {
    kk: 'дәлел үшін нөмір, түр және сипаттама көрсетіледі',
    ru: 'для доказательства указываются номер, вид и описание',
    en: 'evidence needs id, kind and description',
  },
  EVIDENCE_ID_DUPLICATE: {
    kk: '{id}: дәлелдің бұл нөмірі бұрын берілген',
    ru: '{id}: такой номер доказательства уже есть',
    en: '{id}: duplicate evidence id',
  },
  EVIDENCE_ALLEGATION_UNKNOWN: {
    kk: '{id}: белгісіз айыптауға сілтеме жасалған',
    ru: '{id}: ссылка на неизвестное обвинение',
    en: '{id}: refers to an unknown allegation',
  },
  EXPLANATION_KIND_INVALID: {
    kk: 'түсініктеме — кінәні мойындау, теріске шығару немесе бас тарту актісі, құжатымен бірге',
    ru: 'объяснение — это признание, отрицание или акт об отказе, с приложением документа',
    en: 'an explanation is an admission, a denial or a refusal act, with its document',
  },
  ABSENCE_INVALID: {
    kk: 'болмау үшін оның түрі және басталу күні аяқталу күнінен кеш емес кезең көрсетіледі',
    ru: 'для отсутствия указываются вид и период, где начало не позже окончания',
    en: 'an absence needs a kind and a period from ≤ to',
  },
  PAUSE_ID_NOT_UNIQUE: {
    kk: 'тоқтата тұру нөмірлері қайталанбауы тиіс',
    ru: 'номера приостановлений не должны повторяться',
    en: 'pause ids are unique',
  },
  PAUSE_CAUSE_UNKNOWN: {
    kk: 'тоқтата тұрудың мұндай негізі жоқ',
    ru: 'такого основания приостановления нет',
    en: 'unknown pause cause',
  },
  NO_RUNNING_PAUSE: {
    kk: '{pauseId} нөмірлі жүріп жатқан тоқтата тұру жоқ',
    ru: 'нет действующего приостановления {pauseId}',
    en: 'no running pause {pauseId}',
  },
  INTEREST_NOT_IN_CASE: {
    kk: 'мүдделілік іс жүргізуге қатысушыны және істің қатысушысын атайды',
    ru: 'в заинтересованности указываются участник производства и участник дела',
    en: 'an interest names a participant and a party of the case',
  },
  INTEREST_KIND_UNKNOWN: {
    kk: 'мүдделіліктің мұндай түрі жоқ',
    ru: 'такого вида заинтересованности нет',
    en: 'unknown kind of interest',
  },
  SUPPORT_ALREADY_REQUESTED: {
    kk: '{person} қолдау көрсетуді бұрын сұраған',
    ru: '{person} уже просил о поддержке',
    en: '{person} already asked for support',
  },
  // protection-act/window.ts
  EXTENSION_ALREADY_PENDING: {
    kk: 'өтініш қаралуда',
    ru: 'ходатайство уже находится на рассмотрении',
    en: 'a request is already pending',
  },
  WINDOW_CLOSED: {
    kk: 'мерзім аяқталды',
    ru: 'срок уже истёк',
    en: 'the window has closed',
  },
  EXTENSION_REASONS_MISSING: {
    kk: 'өтініште оның негіздері көрсетілуі тиіс',
    ru: 'в ходатайстве должны быть указаны его основания',
    en: 'the request must state its reasons',
  },
  EXTENSION_NOT_WHOLE_DAYS: {
    kk: 'бүтін жұмыс күндерін сұраңыз',
    ru: 'просите целое число рабочих дней',
    en: 'ask for whole working days',
  },
  EXTENSION_TOO_LONG: {
    kk: 'барлығы {max} жұмыс күнінен аспауы тиіс',
    ru: 'всего не более {max} рабочих дней',
    en: 'at most {max} working days in total',
  },
  // commission/session.ts, commission/membership.ts
  NOT_A_COMMISSION_MEMBER: {
    kk: '{person} комиссия мүшесі емес',
    ru: '{person} не является членом комиссии',
    en: '{person} is not a commission member',
  },
  MEMBER_LISTED_TWICE: {
    kk: 'комиссия мүшесі тізімде екі рет көрсетілген',
    ru: 'член комиссии указан в составе дважды',
    en: 'a member is listed twice',
  },
  // support/support-plan.ts
  CHECK_IN_NOT_SCHEDULED: {
    kk: '{index}-байланыс жоспарланбаған',
    ru: 'контакт № {index} не запланирован',
    en: 'check-in {index} is not scheduled',
  },
  // lifecycle/decide.ts
  UNKNOWN_COMMAND_TYPE: {
    kk: 'мұндай әрекет түрі жоқ',
    ru: 'такого вида действия нет',
    en: 'unknown command type',
  },
  // lifecycle/decide-penalty.ts: appeals to an official
  APPEAL_ADDRESSEE_INCOMPLETE: {
    kk: 'жоғары тұрған лауазымды тұлғаға берілетін шағымда сол тұлға мен оның бөлімшелері көрсетіледі',
    ru: 'в жалобе вышестоящему должностному лицу указываются это лицо и его подразделения',
    en: 'an appeal to a higher official names its addressee and their units',
  },
  APPEAL_ADDRESSEE_NOT_ABOVE_ISSUER: {
    kk: 'шағым бұйрық шығарған басшыдан жоғары тұрған лауазымды тұлғаға беріледі',
    ru: 'жалоба подаётся должностному лицу, вышестоящему по отношению к издавшему приказ',
    en: 'an appeal is addressed to an official above the one who issued the order',
  },
  // lifecycle/decide-investigation.ts: extending the investigation
  EXTENSIONS_EXHAUSTED: {
    kk: 'баптау бойынша ұзартудың рұқсат етілген саны: {max}',
    ru: 'допустимое настройками число продлений: {max}',
    en: 'at most {max} extension(s) by policy',
  },
  EXTENSION_DAYS_OUT_OF_RANGE: {
    kk: 'баптау бойынша ұзарту 1-ден {max} күнге дейін болады',
    ru: 'по настройкам продление составляет от 1 до {max} дней',
    en: 'an extension is 1-{max} days by policy',
  },
  INVESTIGATION_EXTENSION_REASONS_MISSING: {
    kk: 'ұзарту туралы өтініште оның негіздері көрсетілуі тиіс',
    ru: 'в продлении должны быть указаны его основания',
    en: 'the extension must state its reasons',
  },
  TERM_ALREADY_ENDED: {
    kk: 'мерзім {dueOn} күні аяқталып қойған',
    ru: 'срок уже истёк {dueOn}',
    en: 'the term already ended on {dueOn}',
  },
  // lifecycle/decide-conclusion.ts
  ACTING_HEAD_ALREADY_APPROVES: {
    kk: '{person} бұл қорытындыны онсыз да бекітеді',
    ru: '{person} и так утверждает это заключение',
    en: '{person} already approves this conclusion',
  },
  // fairness/findings.ts
  FINDING_NOT_A_PARTY: {
    kk: '{person} істің қатысушысы емес',
    ru: '{person} не является участником дела',
    en: '{person} is not a party',
  },
  FINDING_TWICE: {
    kk: '{person} бойынша екі тұжырым берілген',
    ru: 'в отношении {person} два вывода',
    en: 'two findings for {person}',
  },
  FINDING_FACTS_MISSING: {
    kk: '{person} бойынша фактілер мен тұжырымдарды көрсетіңіз',
    ru: 'изложите факты и выводы в отношении {person}',
    en: 'state the facts and findings for {person}',
  },
  // policy.ts: the operator's settings; {problems} names the settings as configured
  POLICY_VALUES_OUT_OF_BOUNDS: {
    kk: 'баптаулар рұқсат етілген шектен тыс ({problems})',
    ru: 'настройки вне допустимых пределов ({problems})',
    en: 'settings out of bounds ({problems})',
  },
  // protection-act/items.ts
  ITEM_ID_MISSING: {
    kk: 'әрбір тармақтың тұрақты нөмірі болуы тиіс',
    ru: 'у каждого пункта должен быть постоянный номер',
    en: 'every item needs a stable id',
  },
  ITEM_OBJECTION_INCOMPLETE: {
    kk: '{id}: материалды және қарсылықты көрсетіңіз',
    ru: '{id}: укажите материал и возражение',
    en: '{id}: name the material and the objection',
  },
  ITEM_PROCEDURAL_VIOLATION_INCOMPLETE: {
    kk: '{id}: норманы, іс-әрекетті және бұзушылықты көрсетіңіз',
    ru: '{id}: укажите норму, действие и нарушение',
    en: '{id}: name the rule, the step and the violation',
  },
  ITEM_VERIFICATION_INCOMPLETE: {
    kk: '{id}: әрекетті (куә, сараптама, құжат, жазба), оның нысанасын және мақсатын көрсетіңіз',
    ru: '{id}: укажите действие (свидетель, экспертиза, документ, запись), его предмет и цель',
    en: '{id}: name the action (witness, expert, document, recording), its target and purpose',
  },
  ITEM_EVIDENCE_INCOMPLETE: {
    kk: '{id}: дәлелді және оның себебін көрсетіңіз',
    ru: '{id}: укажите доказательство и причину',
    en: '{id}: name the evidence and why',
  },
  ITEM_CITATION_MISSING: {
    kk: '{id}: кемінде бір нормативтік құқықтық актіге сілтеме жасаңыз',
    ru: '{id}: сошлитесь хотя бы на один нормативный правовой акт',
    en: '{id}: cite at least one regulatory act',
  },
  ITEM_ATTACHMENT_MISSING: {
    kk: '{id}: sha256 мазмұн хэші бар кемінде бір файл тіркеңіз',
    ru: '{id}: приложите хотя бы один файл с хешем содержимого sha256',
    en: '{id}: attach at least one file with a sha256 content hash',
  },
  ITEM_SECTION_UNKNOWN: {
    kk: '{id}: мұндай бөлім жоқ',
    ru: '{id}: такого раздела нет',
    en: '{id}: unknown section',
  },
  ITEM_ID_DUPLICATE: {
    kk: '{id}: бұл нөмір қайталанады',
    ru: '{id}: номер повторяется',
    en: '{id}: duplicate id',
  },
  ITEM_SECTION_CHANGED: {
    kk: '{id}: тармақтың бөлімін өзгертуге болмайды',
    ru: '{id}: раздел пункта менять нельзя',
    en: '{id}: an item cannot change its section',
  },
  // protection-act/window.ts: deciding an extension request
  NO_EXTENSION_PENDING: {
    kk: 'қаралатын өтініш жоқ',
    ru: 'нет ходатайства на рассмотрении',
    en: 'no request is pending',
  },
  EXTENSION_DECISION_REASONS_MISSING: {
    kk: 'шешімде оның негіздері көрсетілуі тиіс',
    ru: 'в решении должны быть указаны его основания',
    en: 'the decision must state its reasons',
  },
  // protection-act/answers.ts
  ANSWER_DECISION_UNKNOWN: {
    kk: 'мұндай шешім түрі жоқ',
    ru: 'такого вида решения нет',
    en: 'unknown decision',
  },
  ANSWER_REASONS_MISSING: {
    kk: 'негіздерін көрсетіңіз',
    ru: 'укажите основания',
    en: 'state the reasons',
  },
  VERIFICATION_UNDESCRIBED: {
    kk: 'жүргізілген тексеруді сипаттаңыз',
    ru: 'опишите проведённую проверку',
    en: 'describe the verification done',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Language, string>>>>;

export type ReasonKey = keyof typeof REASON_MESSAGES;
export const REASON_KEYS = Object.keys(REASON_MESSAGES) as ReasonKey[];

/** A reason and the values its text names (`{ reason: 'NO_RUNNING_PAUSE', pauseId: 'p-1' }`). */
export type Reason = Readonly<{ reason: ReasonKey } & Record<string, string | number>>;

export const isReasonKey = (value: unknown): value is ReasonKey =>
  typeof value === 'string' && Object.hasOwn(REASON_MESSAGES, value);

export const reason = (key: ReasonKey, params: Readonly<Record<string, string | number>> = {}): Reason => ({
  ...params,
  reason: key,
});
