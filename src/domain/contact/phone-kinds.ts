// The kinds of phone number, with the words the form and the documents show (no zod: the form imports it).
export const PHONE_KINDS = { mobile: 'Mobile', home: 'Home', work: 'Work', other: 'Other' } as const;
