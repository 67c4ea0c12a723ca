import { z } from 'zod';

export const mailFolderSchema = z.looseObject({
  id: z.string(),
  displayName: z.string(),
  parentFolderId: z.string().optional(),
  childFolderCount: z.number().int().optional(),
  unreadItemCount: z.number().int().optional(),
  totalItemCount: z.number().int().optional(),
  isHidden: z.boolean().optional(),
});
export type MailFolder = z.infer<typeof mailFolderSchema>;

/** The well-known folder names the product uses; Graph matches them case-insensitively. */
export const wellKnownFolderNames = ['inbox', 'drafts', 'sentitems'] as const;
export type WellKnownFolderName = (typeof wellKnownFolderNames)[number];
