export * from './address-lookup';
export * from './lookup-words';
export * from './lazy-lookup';
export * from './configured-lookup';
