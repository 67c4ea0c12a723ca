export * from './postcode';
export * from './council-code';
export * from './phone-kinds';
export * from './council.schema';
export * from './contact.schema';
