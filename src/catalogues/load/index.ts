// Reading catalogue files (YAML or JSON): provider files, built or imported catalogues, overlays and feeds.
export * from './catalogue-issue';
export * from './parse-document';
export * from './load-catalogue';
export * from './read-catalogue-files';
