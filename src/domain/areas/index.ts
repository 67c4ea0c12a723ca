// Council areas: the councils the catalogue's providers serve, by ONS code, and which area a council is in.
export * from './councils';
export * from './find-council';
export * from './in-area';
export * from './area-words';
export * from './area.schema';
export * from './out-of-area';
