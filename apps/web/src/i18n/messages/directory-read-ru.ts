// Справочник глазами начальника (только чтение: комиссии своего и подчинённых подразделений), по-русски.
import { type directoryReadEn } from './directory-read-en';

export const directoryReadRu: Record<keyof typeof directoryReadEn, string> = {
  'directory.readOnly':
    'Только просмотр: подразделения и комиссии вашего подразделения и подчинённых ему. Изменяют их администраторы.',
  'directory.chooseUnit':
    'Выберите подразделение, чтобы увидеть состав его комиссии и с какой даты он действует.',
};
