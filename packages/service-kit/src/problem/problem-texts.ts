import { type Locale } from '../auth/principal';

type Texts = Readonly<Record<Locale, string>>;

/** The problem's `title` per HTTP status in the reader's language. */
export const STATUS_TITLES: Readonly<Record<number, Texts>> = {
  400: { kk: 'Сұрау қате', ru: 'Неверный запрос', en: 'Bad Request' },
  401: { kk: 'Кіру қажет', ru: 'Требуется вход', en: 'Unauthorized' },
  403: { kk: 'Рұқсат жоқ', ru: 'Доступ запрещён', en: 'Forbidden' },
  404: { kk: 'Табылмады', ru: 'Не найдено', en: 'Not Found' },
  405: { kk: 'Әдіске рұқсат жоқ', ru: 'Метод не разрешён', en: 'Method Not Allowed' },
  409: { kk: 'Қайшылық', ru: 'Конфликт', en: 'Conflict' },
  412: { kk: 'Алғышарт орындалмады', ru: 'Условие не выполнено', en: 'Precondition Failed' },
  413: { kk: 'Сұрау тым үлкен', ru: 'Слишком большой запрос', en: 'Payload Too Large' },
  415: {
    kk: 'Мазмұн түрі қолдау таппайды',
    ru: 'Неподдерживаемый тип содержимого',
    en: 'Unsupported Media Type',
  },
  422: { kk: 'Ережелер рұқсат етпейді', ru: 'Запрещено правилами', en: 'Unprocessable Content' },
  429: { kk: 'Сұраулар тым көп', ru: 'Слишком много запросов', en: 'Too Many Requests' },
  500: { kk: 'Сервер қатесі', ru: 'Внутренняя ошибка сервера', en: 'Internal Server Error' },
  503: { kk: 'Қызмет қолжетімсіз', ru: 'Сервис недоступен', en: 'Service Unavailable' },
};

export const titleFor = (status: number, locale: Locale): string =>
  STATUS_TITLES[status]?.[locale] ??
  (status >= 500
    ? { kk: 'Сервер қатесі', ru: 'Ошибка сервера', en: 'Server Error' }[locale]
    : { kk: 'Клиент қатесі', ru: 'Ошибка клиента', en: 'Client Error' }[locale]);

/** Validation problems (400 VALIDATION_FAILED): ICU messages; `{fields}` lists each field with its rule. */
export const VALIDATION_TEXTS = {
  title: { kk: 'Деректер қате', ru: 'Неверные данные', en: 'Invalid input' },
  detail: {
    kk: '{count, plural, one {Өріс қате толтырылған} other {Өрістер қате толтырылған}}: {fields}',
    ru: '{count, plural, one {Поле заполнено неверно} few {Поля заполнены неверно} many {Поля заполнены неверно} other {Поля заполнены неверно}}: {fields}',
    en: 'The request is invalid: {fields}',
  },
  badJson: {
    kk: 'Сұрау денесі жарамды JSON емес.',
    ru: 'Тело запроса не является корректным JSON.',
    en: 'The request body is not valid JSON.',
  },
} as const satisfies Record<string, Texts>;

/**
 * What each validation rule (zod's issue code) means, for `errors[].message` in Kazakh and Russian; English keeps
 * the schema's own message, which is more specific.
 */
export const RULE_MESSAGES: Readonly<Record<string, Omit<Texts, 'en'>>> = {
  invalid_type: { kk: 'мән түрі қате немесе мән жоқ', ru: 'неверный тип значения или значение отсутствует' },
  too_small: { kk: 'мән тым кіші немесе тым қысқа', ru: 'значение слишком мало или слишком коротко' },
  too_big: { kk: 'мән тым үлкен немесе тым ұзын', ru: 'значение слишком велико или слишком длинно' },
  invalid_format: { kk: 'мән пішімі қате', ru: 'неверный формат значения' },
  invalid_value: { kk: 'рұқсат етілген мәндердің бірі емес', ru: 'не одно из допустимых значений' },
  invalid_union: {
    kk: 'мән ешбір рұқсат етілген нұсқаға сәйкес келмейді',
    ru: 'значение не подходит ни под один вариант',
  },
  invalid_key: { kk: 'кілт қате', ru: 'неверный ключ' },
  invalid_element: { kk: 'элемент қате', ru: 'неверный элемент' },
  unrecognized_keys: { kk: 'белгісіз өріс', ru: 'неизвестное поле' },
  not_multiple_of: { kk: 'мән еселік емес', ru: 'значение не кратно требуемому' },
  custom: { kk: 'мән ережеге сәйкес емес', ru: 'значение не соответствует правилу' },
};

/**
 * Texts of the platform's own problem codes in Kazakh and Russian (English keeps the handler's specific detail).
 * A code missing here keeps its English detail in every language.
 */
export const PLATFORM_DETAILS: Readonly<Record<string, Omit<Texts, 'en'>>> = {
  UNAUTHENTICATED: { kk: 'Жарамды кіру токені жоқ.', ru: 'Нет действительного токена доступа.' },
  FORBIDDEN: { kk: 'Сізге бұл әрекетке рұқсат жоқ.', ru: 'Вам не разрешено это действие.' },
  NOT_FOUND: { kk: 'Сұралған ресурс табылмады.', ru: 'Запрошенный ресурс не найден.' },
  CASE_NOT_FOUND: {
    kk: 'Мұндай іс жоқ немесе ол сізге көрінбейді.',
    ru: 'Такого дела нет или оно вам не видно.',
  },
  PRECONDITION_FAILED: {
    kk: 'Іс өзгерді: If-Match ескі нұсқаны атайды. Істі қайта оқыңыз.',
    ru: 'Дело изменилось: If-Match указывает устаревшую версию. Прочитайте дело заново.',
  },
  INTERNAL_ERROR: {
    kk: 'Күтпеген қате. Хабарлағанда x-request-id тақырыбын көрсетіңіз.',
    ru: 'Непредвиденная ошибка. Сообщая о ней, укажите заголовок x-request-id.',
  },
  BAD_REQUEST: { kk: 'Сұрау қате құрастырылған.', ru: 'Запрос составлен неверно.' },
  CONFLICT: {
    kk: 'Сұрау ресурстың қазіргі күйіне қайшы келеді.',
    ru: 'Запрос противоречит текущему состоянию ресурса.',
  },
  PAYLOAD_TOO_LARGE: {
    kk: 'Сұрау денесі рұқсат етілген көлемнен үлкен.',
    ru: 'Тело запроса больше допустимого размера.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    kk: 'Сұрау денесінің түрі қолдау таппайды; application/json жіберіңіз.',
    ru: 'Тип тела запроса не поддерживается; отправьте application/json.',
  },
  RATE_LIMITED: {
    kk: 'Сұраулар тым жиі. Сәлден кейін қайталаңыз.',
    ru: 'Слишком частые запросы. Повторите чуть позже.',
  },
  SERVICE_UNAVAILABLE: {
    kk: 'Қызмет уақытша қолжетімсіз. Сәлден кейін қайталаңыз.',
    ru: 'Сервис временно недоступен. Повторите чуть позже.',
  },
  // The wellbeing service's own codes (their English detail names the cause; errors[] keeps the fields).
  UNKNOWN_REFERENCE: {
    kk: 'Сұраудағы сілтеме анықтамалықта жоқ.',
    ru: 'Ссылка из запроса не найдена в справочнике.',
  },
  DIRECTORY_UNAVAILABLE: {
    kk: 'Анықтамалық уақытша қолжетімсіз, сілтемелерді тексеру мүмкін емес. Сәлден кейін қайталаңыз.',
    ru: 'Справочник временно недоступен, ссылки нельзя проверить. Повторите чуть позже.',
  },
  WORKFLOW_UNAVAILABLE: {
    kk: 'Қолдау процесін қазір бастау мүмкін емес, ештеңе жазылмады. Сәлден кейін қайталаңыз.',
    ru: 'Процесс поддержки сейчас нельзя запустить, ничего не записано. Повторите чуть позже.',
  },
};

/**
 * Kazakh and Russian texts of platform codes whose English detail carries specifics (which dependency is down,
 * the rate limit): used instead of PLATFORM_DETAILS when the exception brings its params. ICU MessageFormat.
 */
export const DETAILS_WITH_PARAMS: Readonly<Record<string, Omit<Texts, 'en'>>> = {
  RATE_LIMITED: {
    kk: 'Командалар тым жиі: бір адамға {seconds} секундта {limit} командадан артық емес. {retryAfter} секундтан кейін қайталаңыз.',
    ru: 'Слишком частые команды: не более {limit} за {seconds} с на человека. Повторите через {retryAfter} с.',
  },
  SERVICE_UNAVAILABLE: {
    kk: 'Қызмет уақытша қолжетімсіз: {dependencies} жауап бермейді. Сәлден кейін қайталаңыз.',
    ru: 'Сервис временно недоступен: не отвечает {dependencies}. Повторите чуть позже.',
  },
};
