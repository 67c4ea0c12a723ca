import { z } from 'zod';

export const teamSchema = z.looseObject({
  id: z.string(),
  displayName: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});
export type Team = z.infer<typeof teamSchema>;

export const channelSchema = z.looseObject({
  id: z.string(),
  displayName: z.string(),
  description: z.string().nullable().optional(),
  membershipType: z.string().optional(),
});
export type Channel = z.infer<typeof channelSchema>;

// A card is an attachment whose content is the card JSON as a string.
export const chatMessageAttachmentSchema = z.looseObject({
  id: z.string().nullable().optional(),
  contentType: z.string(),
  content: z.string().nullable().optional(),
  contentUrl: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  teamsAppId: z.string().nullable().optional(),
});
export type ChatMessageAttachment = z.infer<typeof chatMessageAttachmentSchema>;

export const chatMessageBodySchema = z.looseObject({
  contentType: z
    .string()
    .regex(/^(text|html)$/i, { message: 'contentType must be text or html' })
    .optional(),
  content: z.string(),
});

/** The body of POST …/channels/{id}/messages and …/replies. */
export const chatMessageInputSchema = z.looseObject({
  subject: z.string().nullable().optional(),
  body: chatMessageBodySchema,
  attachments: z.array(chatMessageAttachmentSchema).optional(),
});
export type ChatMessageInput = z.infer<typeof chatMessageInputSchema>;

const identitySchema = z.looseObject({ id: z.string(), displayName: z.string().nullable().optional() });

export const chatMessageSchema = z.looseObject({
  id: z.string(),
  replyToId: z.string().nullable().optional(),
  messageType: z.string().optional(),
  createdDateTime: z.string().optional(),
  lastModifiedDateTime: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
  body: chatMessageBodySchema,
  from: z
    .looseObject({ user: identitySchema.nullable().optional(), application: identitySchema.nullable().optional() })
    .nullable()
    .optional(),
  attachments: z.array(chatMessageAttachmentSchema).optional(),
  channelIdentity: z.looseObject({ teamId: z.string(), channelId: z.string() }).optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;
