import { z } from 'zod';

export const userSchema = z.looseObject({
  id: z.string(),
  displayName: z.string().nullable().optional(),
  userPrincipalName: z.string().optional(),
  mail: z.string().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
});
export type User = z.infer<typeof userSchema>;

export const groupSchema = z.looseObject({
  id: z.string(),
  displayName: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  mail: z.string().nullable().optional(),
  securityEnabled: z.boolean().optional(),
  mailEnabled: z.boolean().optional(),
});
export type Group = z.infer<typeof groupSchema>;

/** memberOf and members answer mixed directory objects told apart by @odata.type. */
export const directoryObjectSchema = z.looseObject({
  '@odata.type': z.string(),
  id: z.string(),
});
export type DirectoryObject = z.infer<typeof directoryObjectSchema>;
