export * from './day-info';
export * from './corrections';
export * from './kz-calendar';
export * from './kz-library-holidays';
export * from './working-days';
export * from './coverage';
export * from './countdown';
