export * from './types';
export * from './items';
export * from './window';
export * from './versions';
export * from './answers';
