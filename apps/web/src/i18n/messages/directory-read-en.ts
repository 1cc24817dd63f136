// The directory screen as a head reads it (read-only commissions of their unit and the units under it), English.
export const directoryReadEn = {
  'directory.readOnly':
    'Read only: the units and commissions of your unit and of the units under it. Administrators change them.',
  'directory.chooseUnit': 'Choose a unit to see who sits on its commission and from when.',
};
