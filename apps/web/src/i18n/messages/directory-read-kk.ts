// Анықтамалық бастықтың көзімен (тек оқу: өз бөлімшесінің және бағынышты бөлімшелердің комиссиялары), қазақша.
import { type directoryReadEn } from './directory-read-en';

export const directoryReadKk: Record<keyof typeof directoryReadEn, string> = {
  'directory.readOnly':
    'Тек қарау: сіздің бөлімшеңіздің және оған бағынышты бөлімшелердің құрамы мен комиссиялары. Оларды әкімшілер өзгертеді.',
  'directory.chooseUnit':
    'Комиссиясының құрамын және қай күннен бастап әрекет ететінін көру үшін бөлімшені таңдаңыз.',
};
