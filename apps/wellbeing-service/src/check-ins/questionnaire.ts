/**
 * The officer self check-in, in Qorgau's own wording (not a licensed clinical instrument). Every text exists
 * in kk, ru and en. Each option carries its points (0 = no sign of harm, 3 = the strongest sign), so
 * positively worded items are reverse-keyed in the data, not in the scoring code.
 */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Text = Readonly<Record<Language, string>>;

/** What an item measures; statistics report the mean per dimension. */
export const DIMENSIONS = ['stigmatization', 'trust', 'strain'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface AnswerOption {
  readonly id: string;
  readonly points: 0 | 1 | 2 | 3;
  readonly text: Text;
}

export interface QuestionnaireItem {
  readonly id: ItemId;
  readonly dimension: Dimension;
  readonly text: Text;
  readonly options: readonly AnswerOption[];
}

export const ITEM_IDS = [
  'isolation',
  'colleagues-attitude',
  'loyalty-doubt',
  'procedure-trust',
  'organizational-support',
  'strain',
  'burnout',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

const frequency: readonly AnswerOption[] = [
  { id: 'never', points: 0, text: { kk: 'Ешқашан', ru: 'Никогда', en: 'Never' } },
  { id: 'sometimes', points: 1, text: { kk: 'Кейде', ru: 'Иногда', en: 'Sometimes' } },
  { id: 'often', points: 2, text: { kk: 'Жиі', ru: 'Часто', en: 'Often' } },
  {
    id: 'almost-always',
    points: 3,
    text: { kk: 'Әрдайым дерлік', ru: 'Почти всегда', en: 'Almost always' },
  },
];

const agreementTexts = {
  disagree: { kk: 'Келіспеймін', ru: 'Не согласен(на)', en: 'Disagree' },
  'rather-disagree': { kk: 'Көбіне келіспеймін', ru: 'Скорее не согласен(на)', en: 'Rather disagree' },
  'rather-agree': { kk: 'Көбіне келісемін', ru: 'Скорее согласен(на)', en: 'Rather agree' },
  agree: { kk: 'Келісемін', ru: 'Согласен(на)', en: 'Agree' },
} as const;
type AgreementId = keyof typeof agreementTexts;
const AGREEMENT_ORDER: readonly AgreementId[] = ['disagree', 'rather-disagree', 'rather-agree', 'agree'];

/** Agreement with a statement of harm: agreeing scores high. */
const agreementHarm: readonly AnswerOption[] = AGREEMENT_ORDER.map((id, i) => ({
  id,
  points: i as AnswerOption['points'],
  text: agreementTexts[id],
}));

/** Agreement with a statement of support or fairness: disagreeing scores high (reverse-keyed). */
const agreementSupport: readonly AnswerOption[] = AGREEMENT_ORDER.map((id, i) => ({
  id,
  points: (3 - i) as AnswerOption['points'],
  text: agreementTexts[id],
}));

export const QUESTIONNAIRE: readonly QuestionnaireItem[] = [
  {
    id: 'isolation',
    dimension: 'stigmatization',
    text: {
      kk: 'Тергеуден кейін әріптестерім менен аулақ жүреді немесе мені жұмыс және бейресми қарым-қатынастан шеттетеді.',
      ru: 'После разбирательства коллеги избегают меня или не включают в рабочее и неформальное общение.',
      en: 'Since the case, colleagues avoid me or leave me out of work and informal contact.',
    },
    options: frequency,
  },
  {
    id: 'colleagues-attitude',
    dimension: 'stigmatization',
    text: {
      kk: 'Әріптестерімнің маған деген көзқарасы нашарлады.',
      ru: 'Отношение коллег ко мне изменилось в худшую сторону.',
      en: "Colleagues' attitude towards me has changed for the worse.",
    },
    options: agreementHarm,
  },
  {
    id: 'loyalty-doubt',
    dimension: 'stigmatization',
    text: {
      kk: 'Қызметке адалдығыма күмән келтіріліп жатқанын сезінемін.',
      ru: 'Я чувствую, что мою преданность службе ставят под сомнение.',
      en: 'I feel that my loyalty to the service is being questioned.',
    },
    options: agreementHarm,
  },
  {
    id: 'procedure-trust',
    dimension: 'trust',
    text: {
      kk: 'Рәсім барысында менің ұстанымым тыңдалып, маған әділ қарады.',
      ru: 'В ходе процедуры мою позицию выслушали и отнеслись ко мне справедливо.',
      en: 'The procedure heard my position and treated me fairly.',
    },
    options: agreementSupport,
  },
  {
    id: 'organizational-support',
    dimension: 'trust',
    text: {
      kk: 'Бөлімше басшылығы менің әл-ауқатыма қамқорлық жасайтынын сезінемін.',
      ru: 'Я чувствую, что руководство подразделения заботится о моём благополучии.',
      en: "I feel that my unit's leadership cares about my wellbeing.",
    },
    options: agreementSupport,
  },
  {
    id: 'strain',
    dimension: 'strain',
    text: {
      kk: 'Соңғы екі аптада шиеленісті немесе қатты шаршағанды сезіндім, жұмыс туралы ойлардан арыла алмадым.',
      ru: 'В последние две недели я чувствую напряжение или истощение и не могу отвлечься от мыслей о работе.',
      en: 'In the last two weeks I have felt tense or exhausted and unable to switch off from work.',
    },
    options: frequency,
  },
  {
    id: 'burnout',
    dimension: 'strain',
    text: {
      kk: 'Жұмысыма немқұрайлы қарай бастадым немесе оның мәнін көрмеймін.',
      ru: 'Моя работа стала мне безразлична, или я не вижу в ней смысла.',
      en: 'I have stopped caring about my work, or I no longer see the point of it.',
    },
    options: frequency,
  },
];

/** The two non-scored parts of the check-in. */
export const CONTACT_REQUEST_TEXT: Text = {
  kk: 'Менімен психологиялық қолдау маманы байланысқанын қалаймын.',
  ru: 'Я хочу, чтобы со мной связался специалист службы поддержки.',
  en: 'I would like a wellbeing specialist to contact me.',
};

export const CONCERN_PROMPT_TEXT: Text = {
  kk: 'Бізге айтқыңыз келетін нәрсе (міндетті емес; оны тек қолдау қызметінің мамандары көреді).',
  ru: 'Что вы хотите нам сообщить (необязательно; это видят только специалисты службы поддержки).',
  en: 'Anything you want us to know (optional; only wellbeing staff see it).',
};

/** An item's options by id, for validation and scoring. */
export const optionOf = (itemId: ItemId, optionId: string): AnswerOption | undefined =>
  QUESTIONNAIRE.find((item) => item.id === itemId)?.options.find((option) => option.id === optionId);
